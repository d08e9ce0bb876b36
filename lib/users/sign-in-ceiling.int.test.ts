// A global ceiling on concurrent Argon2 work: a burst of sign-ins beyond it is answered "busy"
// (429) at once instead of queueing on the CPU; the ones admitted are checked as usual.
import { describe, expect, it } from "vitest";
import { PASSWORD_WORK_LIMIT, passwordWork } from "../auth/password";
import type { AppError } from "../errors/app-error";
import { uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { authenticateWithPassword } from "./authenticate-with-password";
import { signUp } from "./sign-up";

const db = () => testDb().db;
const PASSWORD = "plum kettle harbour nine";

describe("the ceiling on password work", () => {
  it("refuses sign-ins beyond the ceiling at once with 429 and never runs more than the ceiling", async () => {
    const email = `burst.${uniqueSuffix()}@example.test`;
    await signUp(db(), { input: { name: "Bea Burst", email, password: PASSWORD } });
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, passwordWork.active)), 1);
    const attempts = Array.from({ length: PASSWORD_WORK_LIMIT * 4 }, (_, i) =>
      authenticateWithPassword(db(), { input: { email, password: PASSWORD }, ip: `192.0.2.${i}` }),
    );
    const results = await Promise.allSettled(attempts);
    clearInterval(watch);
    const busy = results.filter((r) => r.status === "rejected" && (r.reason as AppError).code === "rate_limited");
    const admitted = results.filter((r) => r.status === "fulfilled");
    expect(busy.length).toBeGreaterThan(0);
    expect(admitted.length).toBeGreaterThan(0);
    expect(busy.length + admitted.length).toBe(attempts.length);
    for (const result of admitted) expect((result as PromiseFulfilledResult<unknown>).value).toMatchObject({ email });
    expect((busy[0] as PromiseRejectedResult).reason).toMatchObject({ status: 429 });
    expect(peak).toBeLessThanOrEqual(PASSWORD_WORK_LIMIT);
    // Once the burst is over, signing in works.
    expect(await authenticateWithPassword(db(), { input: { email, password: PASSWORD }, ip: null })).toMatchObject({
      email,
    });
  });
});
