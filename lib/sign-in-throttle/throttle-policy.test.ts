import { describe, expect, it } from "vitest";
import { SIGN_IN_THROTTLE, delayAfterFailures } from "./throttle-policy";

describe("progressive sign-in delays", () => {
  it("lets the free failures through, then doubles the wait from the first delay up to the ceiling", () => {
    const account = SIGN_IN_THROTTLE.account;
    expect(delayAfterFailures(account, 0)).toBe(0);
    expect(delayAfterFailures(account, 4)).toBe(0);
    expect(delayAfterFailures(account, 5)).toBe(1000);
    expect(delayAfterFailures(account, 6)).toBe(2000);
    expect(delayAfterFailures(account, 9)).toBe(16_000);
    expect(delayAfterFailures(account, 15)).toBe(15 * 60_000);
    expect(delayAfterFailures(account, 10_000)).toBe(15 * 60_000);
  });

  it("allows a client address more failures and a longer ceiling than one account", () => {
    expect(delayAfterFailures(SIGN_IN_THROTTLE.ip, 19)).toBe(0);
    expect(delayAfterFailures(SIGN_IN_THROTTLE.ip, 1000)).toBe(60 * 60_000);
    expect(delayAfterFailures(SIGN_IN_THROTTLE.spray, 3)).toBe(1000);
  });
});
