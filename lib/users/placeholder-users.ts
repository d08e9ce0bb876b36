// Placeholder authors: people a restored backup names who are not members of the workspace it is
// restored into. They are credited by name with a label, never sign in (no password, no linked
// account) and never join a workspace. Their e-mail column holds a synthetic address that no
// sign-up or OAuth profile can produce (it is not an e-mail address), so the real address stays
// free for the person to register; the original address is kept inside it and exported again.
import { randomUUID } from "node:crypto";

export const PLACEHOLDER_KIND = "placeholder";
const PREFIX = "placeholder:";
const LABEL = " (restored author, not a member)";

/** The synthetic, unique e-mail column of a new placeholder for `original`. */
export function placeholderEmail(original: string): string {
  return `${PREFIX}${randomUUID()}:${original}`;
}

/** The e-mail a backup names for this user: the original one for a placeholder. */
export function backupEmailOf(email: string): string {
  if (!email.startsWith(PREFIX)) return email;
  const rest = email.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  return colon === -1 ? rest : rest.slice(colon + 1);
}

/** The labelled name a placeholder is shown with everywhere (pages, API, exports). */
export function placeholderName(name: string | null | undefined, original: string): string {
  const base = name?.trim() || original.split("@")[0] || original;
  return `${base.slice(0, 100)}${LABEL}`;
}
