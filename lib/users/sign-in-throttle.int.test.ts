// Progressive sign-in delays against a real database, on a clock the test moves: an attacker's
// failures delay the account but not its owner's known device; waits grow; one client address
// spraying a password over many accounts is slowed; the owner's success clears the device's count.
import { describe, expect, it } from "vitest";
import type { AppError } from "../errors/app-error";
import { uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { authenticateWithPassword, type PasswordSignInOptions } from "./authenticate-with-password";
import { signUp } from "./sign-up";

const db = () => testDb().db;
const PASSWORD = "plum kettle harbour nine";
const SECRET = "sign-in-throttle-test-secret";
const T0 = Date.parse("2026-03-01T09:00:00Z");
const at = (seconds: number) => new Date(T0 + seconds * 1000);

async function newAccount(label: string) {
  const email = `${label}.${uniqueSuffix()}@example.test`;
  await signUp(db(), { input: { name: "Olive Owner", email, password: PASSWORD } });
  return email;
}

function attempt(email: string, password: string, options: Omit<PasswordSignInOptions, "input">) {
  return authenticateWithPassword(db(), { input: { email, password }, ...options });
}

/** The wait a refused attempt was told, or null when the attempt was checked. */
async function waitOf(promise: Promise<unknown>): Promise<number | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    return ((error as AppError).details as { retryAfterSeconds: number }).retryAfterSeconds;
  }
}

describe("progressive sign-in delays", () => {
  it("makes each failure beyond the free ones double the wait, refuses early without counting, and says how long", async () => {
    const email = await newAccount("grow");
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++) expect(await attempt(email, "wrong", { ip, now: at(i) })).toBeNull();
    // The fifth failure at t=4 s imposes 1 s.
    await expect(attempt(email, PASSWORD, { ip, now: at(4.5) })).rejects.toMatchObject({
      message: "Too many sign-in attempts. Try again in 1 second.",
    });
    expect(await attempt(email, "wrong", { ip, now: at(5) })).toBeNull(); // 6 failures: 2 s
    expect(await waitOf(attempt(email, "wrong", { ip, now: at(5.1) }))).toBe(2);
    expect(await waitOf(attempt(email, "wrong", { ip, now: at(6) }))).toBe(1);
    expect(await attempt(email, "wrong", { ip, now: at(7) })).toBeNull(); // 7 failures: 4 s
    expect(await waitOf(attempt(email, "wrong", { ip, now: at(7) }))).toBe(4);
    expect(await attempt(email, "wrong", { ip, now: at(11) })).toBeNull(); // 8 failures: 8 s
    expect(await waitOf(attempt(email, PASSWORD, { ip, now: at(11) }))).toBe(8);
    // Once the wait is over the right password works from anywhere; a day later all is forgotten.
    expect(await attempt(email, PASSWORD, { ip: null, now: at(19) })).toMatchObject({ email });
    expect(await attempt(email, "wrong", { ip: null, now: at(20) })).toBeNull();
    expect(await waitOf(attempt(email, "wrong", { ip: null, now: at(20) }))).toBeNull();
  });

  it("lets the owner's known device in while an attacker's failures delay the account for everyone else", async () => {
    const email = await newAccount("owner");
    const owner = await attempt(email, PASSWORD, {
      ip: "192.0.2.10",
      device: { token: null, secret: SECRET },
      now: at(0),
    });
    expect(owner?.deviceToken).toEqual(expect.any(String));
    const ownerDevice = { token: owner!.deviceToken, secret: SECRET };

    for (let i = 0; i < 12; i++) {
      const wait = await waitOf(attempt(email, `guess ${i}`, { ip: `203.0.113.${i}`, now: at(10 + i * 120) }));
      expect(wait).toBeNull();
    }
    // The account now makes a new browser wait, whatever its address...
    const stranger = await waitOf(attempt(email, PASSWORD, { ip: "192.0.2.99", now: at(10 + 11 * 120 + 1) }));
    expect(stranger).toBeGreaterThan(60);
    // ...but the owner's device is checked against its own failures only, and keeps its cookie.
    const again = await attempt(email, PASSWORD, { ip: "192.0.2.10", device: ownerDevice, now: at(10 + 11 * 120 + 1) });
    expect(again).toMatchObject({ email, deviceToken: owner!.deviceToken });
    // A device cookie for another account, or a forged one, counts for nothing here.
    const other = await attempt(await newAccount("other"), PASSWORD, {
      ip: null,
      device: { token: null, secret: SECRET },
      now: at(0),
    });
    for (const token of [other!.deviceToken, `${owner!.deviceToken}x`]) {
      expect(
        await waitOf(
          attempt(email, PASSWORD, { ip: null, device: { token, secret: SECRET }, now: at(10 + 11 * 120 + 1) }),
        ),
      ).toBeGreaterThan(60);
    }
  });

  it("delays the owner's device after its own failures, and a success resets the device's count", async () => {
    const email = await newAccount("typo");
    const first = await attempt(email, PASSWORD, { ip: null, device: { token: null, secret: SECRET }, now: at(0) });
    const device = { token: first!.deviceToken, secret: SECRET };
    for (let i = 1; i <= 6; i++) expect(await attempt(email, "typo", { ip: null, device, now: at(i) })).toBeNull();
    expect(await waitOf(attempt(email, PASSWORD, { ip: null, device, now: at(6.5) }))).toBe(2);
    // The device's failures did not delay the account for other browsers.
    expect(await attempt(email, PASSWORD, { ip: null, now: at(6.5) })).toMatchObject({ email });
    expect(await attempt(email, PASSWORD, { ip: null, device, now: at(8) })).toMatchObject({ email });
    // Counted from zero again: five typos are free.
    for (let i = 0; i < 5; i++) expect(await attempt(email, "typo", { ip: null, device, now: at(9) })).toBeNull();
    expect(await waitOf(attempt(email, PASSWORD, { ip: null, device, now: at(9.5) }))).toBe(1);
  });

  it("slows one client address that sprays a password over many accounts, after a few accounts", async () => {
    const ip = `2001:db8::${uniqueSuffix().slice(-4)}`;
    const accounts: string[] = [];
    for (let i = 0; i < 6; i++) accounts.push(await newAccount(`spray${i}`));
    const spray = (account: number, seconds: number, password = "Summer2026!") =>
      waitOf(attempt(accounts[account]!, password, { ip, now: at(seconds) }));
    // One try per account, a minute apart: no account is delayed, and three accounts cost nothing.
    expect([await spray(0, 0), await spray(1, 60), await spray(2, 120)]).toEqual([null, null, null]);
    // From the fourth account on, the address waits 1 s, then 2 s, then 4 s...
    expect(await spray(3, 120.5)).toBe(1);
    expect(await spray(3, 121)).toBeNull();
    expect(await spray(4, 121.5)).toBe(2);
    expect(await spray(4, 123)).toBeNull();
    expect(await spray(5, 123)).toBe(4);
    // Another address is not slowed by this one's spraying.
    expect(await waitOf(attempt(accounts[5]!, "Summer2026!", { ip: "192.0.2.200", now: at(123.5) }))).toBeNull();
    // Failing again on an account already tried adds no spraying delay: the next account waits
    // only what the fifth account imposed (4 s from 123 s).
    expect(await spray(4, 200, "again")).toBeNull();
    expect(await spray(5, 200.5)).toBeNull();
  });
});
