// Tags are shared across a workspace: naming a tag that does not exist yet creates it.
import { tagNameSchema } from "../claims/schemas";
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";

/** True for a name every entry point accepts (server actions, API, imports, restore). */
export function isValidTagName(name: string): boolean {
  return tagNameSchema.safeParse(name).success;
}

export function normalizeTagNames(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

export async function ensureTags(
  tx: DbTx,
  workspaceId: string,
  names: string[],
): Promise<{ id: string; name: string }[]> {
  const wanted = normalizeTagNames(names);
  if (wanted.length === 0) return [];
  const invalid = wanted.find((name) => !isValidTagName(name));
  if (invalid !== undefined) {
    const message = tagNameSchema.safeParse(invalid).error?.issues[0]?.message ?? "That tag name is not valid.";
    throw new AppError("validation_failed", message, { fields: { tags: [message] } });
  }
  const existing = await tx.tag.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  // Names are matched without regard to case, as people type them.
  const byKey = new Map(existing.map((tag) => [tag.name.toLowerCase(), tag]));
  const result: { id: string; name: string }[] = [];
  for (const name of wanted) {
    const tag =
      byKey.get(name.toLowerCase()) ??
      (await tx.tag.create({ data: { workspaceId, name }, select: { id: true, name: true } }));
    result.push(tag);
  }
  return result;
}
