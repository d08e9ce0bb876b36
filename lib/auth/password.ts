import "server-only";
// Passwords are hashed with Argon2id (memory-hard; @node-rs/argon2, a maintained native binding
// shipped as npm platform packages) with OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
// At most PASSWORD_WORK_LIMIT hashes run at once per instance (lib/auth/work-gate.ts); more are
// answered "busy" at once.
import { hash, verify } from "@node-rs/argon2";
import { WorkGate } from "./work-gate";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_WORK_LIMIT = 4;
export const passwordWork = new WorkGate(
  PASSWORD_WORK_LIMIT,
  "Margin is busy signing people in. Try again in a few seconds.",
);

export function hashPassword(password: string): Promise<string> {
  return passwordWork.run(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordWork.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

// A hash to verify against when the e-mail is unknown, so both answers take the same time.
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  // Made outside the ceiling: a refused first attempt must not leave a rejected promise here.
  decoy ??= hash("margin-decoy-password", OPTIONS);
  return decoy;
}
