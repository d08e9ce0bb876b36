import { createHash } from "node:crypto";

/** A revision's content hash: SHA-256 of its text (UTF-8), hex. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
