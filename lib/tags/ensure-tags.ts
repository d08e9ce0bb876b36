// Tags are shared across a workspace: naming a tag that does not exist yet creates it.
import type { DbTx } from "../db/client";

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
