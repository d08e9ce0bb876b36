import "server-only";
// Passwords are hashed with Argon2id (memory-hard; @node-rs/argon2, a maintained native binding
// shipped as npm platform packages) with OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash to verify against when the e-mail is unknown, so both answers take the same time.
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword("margin-decoy-password");
  return decoy;
}
