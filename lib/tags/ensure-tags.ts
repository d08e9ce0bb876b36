// Tags are shared across a workspace: naming a tag that does not exist yet creates it.
import { randomUUID } from "node:crypto";
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";

export function normalizeTagNames(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

export async function ensureTags(
  tx: DbTx | SqlTx,
  workspaceId: string,
  names: string[],
): Promise<{ id: string; name: string }[]> {
  const wanted = normalizeTagNames(names);
  if (wanted.length === 0) return [];
  const sql = sqlOf(tx);
  const existing = await sql.all<{ id: string; name: string }>(
    `SELECT "id", "name" FROM "Tag" WHERE "workspaceId" = ?`,
    [workspaceId],
  );
  const byKey = new Map(existing.map((tag) => [tag.name.toLowerCase(), tag]));
  const result: { id: string; name: string }[] = [];
  for (const name of wanted) {
    let tag = byKey.get(name.toLowerCase());
    if (!tag) {
      // The row Prisma's create wrote: a UUID v4 id (the schema's uuid()) and the time.
      tag = { id: randomUUID(), name };
      await sql.run(`INSERT INTO "Tag" ("id", "workspaceId", "name", "createdAt") VALUES (?, ?, ?, ?)`, [
        tag.id,
        workspaceId,
        name,
        new Date(),
      ]);
    }
    result.push(tag);
  }
  return result;
}
