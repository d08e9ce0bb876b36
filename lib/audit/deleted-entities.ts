// Which entities a claim's history speaks of are deleted now, and by whom: a claim, note, source,
// verdict, final verdict or assignment that no longer exists (or a note that is a tombstone) is
// deleted; "in_trash" when it, its claim or its article can still be restored.
import type { Db } from "../db/client";

export interface Deletion {
  state: "in_trash" | "deleted";
  by: { id: string; name: string } | null;
}

interface Entry {
  entityType: string;
  entityId: string;
  articleId: string | null;
  action: string;
  actor: { id: string; name: string } | null;
}

const TRACKED = ["claim", "note", "source", "verdict", "final_verdict", "assignment"] as const;

export async function deletedEntitiesOf(
  db: Db,
  options: { workspaceId: string; claimId: string; entries: Entry[] },
): Promise<Map<string, Deletion>> {
  const ids = (type: string) => [
    ...new Set(options.entries.filter((e) => e.entityType === type).map((e) => e.entityId)),
  ];
  const where = (type: string) => ({ id: { in: ids(type) } });
  const select = { id: true } as const;
  const found = await Promise.all([
    db.claim.findMany({ where: { id: { in: [options.claimId, ...ids("claim")] } }, select }),
    db.note.findMany({ where: { ...where("note"), deletedAt: null }, select }),
    db.source.findMany({ where: where("source"), select }),
    db.verdict.findMany({ where: where("verdict"), select }),
    db.finalVerdict.findMany({ where: where("final_verdict"), select }),
    db.assignment.findMany({ where: where("assignment"), select }),
  ]);
  const live = new Set(found.flat().map((row) => row.id));
  const deleted = options.entries.filter(
    (e) => (TRACKED as readonly string[]).includes(e.entityType) && !live.has(e.entityId),
  );
  if (deleted.length === 0) return new Map();
  const claimDeleted = !live.has(options.claimId);
  const articleIds = [...new Set(options.entries.flatMap((e) => (e.articleId ? [e.articleId] : [])))];
  const trash = new Map(
    (
      await db.trashItem.findMany({
        where: {
          workspaceId: options.workspaceId,
          entityId: { in: [...new Set([...deleted.map((e) => e.entityId), options.claimId, ...articleIds])] },
        },
        select: { entityId: true, deletedBy: { select: { id: true, name: true } } },
      })
    ).map((item) => [item.entityId, item.deletedBy]),
  );
  // Who deleted it when the trash no longer says (purged): the last delete entry of it, or of its claim.
  const lastDeleter = new Map<string, { id: string; name: string } | null>();
  for (const e of options.entries) if (e.action.endsWith(".delete")) lastDeleter.set(e.entityId, e.actor);
  const result = new Map<string, Deletion>();
  for (const entry of deleted) {
    const id = entry.entityId;
    // Its own trash item, else its claim's or article's when it went with them.
    const holder = [id, ...(claimDeleted ? [options.claimId, ...articleIds] : [])].find((key) => trash.has(key));
    result.set(id, {
      state: holder ? "in_trash" : "deleted",
      by: (holder ? trash.get(holder) : undefined) ?? lastDeleter.get(id) ?? lastDeleter.get(options.claimId) ?? null,
    });
  }
  return result;
}
