// How long a sign-in must wait after failures, per kind of counter. The first few failures are free
// (typos); after them each failure doubles the wait, up to a ceiling. Waiting replaces the old hard
// 15-minute block, which anyone could trigger to lock an owner out of their account.
export interface ThrottlePolicy {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export const SIGN_IN_THROTTLE = {
  /** Failures on an account from clients without that account's device cookie. */
  account: { freeFailures: 5, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE },
  /** Failures from one browser that holds a device cookie for the account (its owner's own typos). */
  device: { freeFailures: 5, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE },
  /** Failures from one client address, on any account. */
  ip: { freeFailures: 20, firstDelayMs: SECOND, maxDelayMs: 60 * MINUTE },
  /** Distinct accounts one client address failed on: one password sprayed over many accounts. */
  spray: { freeFailures: 3, firstDelayMs: SECOND, maxDelayMs: 60 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

export type ThrottleKind = keyof typeof SIGN_IN_THROTTLE;

/** A count is forgotten this long after its last failure. */
export const FAILURES_FORGOTTEN_AFTER_MS = 24 * 60 * MINUTE;

export function delayAfterFailures(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.freeFailures) return 0;
  // 2^exponent overflows nothing before the ceiling: the exponent is capped at 40.
  const exponent = Math.min(40, failures - policy.freeFailures);
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** exponent);
}
