import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { purgeExpiredTrash } from "./purge-expired";
import type { TrashEntityType } from "./put-in-trash";
import { daysLeft } from "./retention";

export const TRASH_PAGE_SIZE_MAX = 100;

export interface TrashItemView {
  id: string;
  entityType: TrashEntityType;
  entityId: string;
  /** A title, a claim's quote, a note's first words. */
  label: string;
  /** Where it was: its article and claim, which may be in the trash themselves. */
  article: { id: string; title: string; inTrash: boolean } | null;
  claim: { id: string; quote: string; inTrash: boolean } | null;
  deletedBy: { id: string; name: string };
  deletedAt: string;
  purgeAfter: string;
  daysLeft: number;
}

/** The workspace's trash, most recently deleted first. Items past their 30 days are purged first. */
export async function listTrash(
  db: Db,
  options: { actor: Actor; workspaceId: string; cursor?: string | null; limit?: number; now?: Date },
): Promise<{ items: TrashItemView[]; nextCursor: string | null }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "trash.read");
  const now = options.now ?? new Date();
  await purgeExpiredTrash(db, { workspaceId: options.workspaceId, now });
  const take = Math.min(Math.max(options.limit ?? 50, 1), TRASH_PAGE_SIZE_MAX);
  const cursor = options.cursor
    ? await db.trashItem.findFirst({
        where: { id: options.cursor, workspaceId: options.workspaceId },
        select: { id: true },
      })
    : null;
  const rows = await db.trashItem.findMany({
    where: { workspaceId: options.workspaceId },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
    select: {
      id: true,
      entityType: true,
      entityId: true,
      articleId: true,
      claimId: true,
      label: true,
      deletedAt: true,
      purgeAfter: true,
      deletedBy: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, take);
  const articleIds = [...new Set(page.flatMap((row) => (row.articleId ? [row.articleId] : [])))];
  const claimIds = [...new Set(page.flatMap((row) => (row.claimId ? [row.claimId] : [])))];
  const [articles, claims, trashed] = await Promise.all([
    db.article.findMany({
      where: { id: { in: articleIds }, workspaceId: options.workspaceId },
      select: { id: true, title: true },
    }),
    db.claim.findMany({
      where: { id: { in: claimIds }, workspaceId: options.workspaceId },
      select: { id: true, exact: true },
    }),
    db.trashItem.findMany({
      where: { workspaceId: options.workspaceId, entityId: { in: [...articleIds, ...claimIds] } },
      select: { entityId: true, label: true },
    }),
  ]);
  const live = new Map([
    ...articles.map((a) => [a.id, a.title] as const),
    ...claims.map((c) => [c.id, c.exact] as const),
  ]);
  const inTrash = new Map(trashed.map((item) => [item.entityId, item.label]));
  const place = (id: string | null) => {
    if (!id) return null;
    const text = live.get(id) ?? inTrash.get(id);
    return text === undefined ? null : { id, text, inTrash: !live.has(id) };
  };
  return {
    items: page.map((row) => {
      const article = row.entityType === "article" ? null : place(row.articleId);
      const claim = row.entityType === "note" || row.entityType === "source" ? place(row.claimId) : null;
      return {
        id: row.id,
        entityType: row.entityType as TrashEntityType,
        entityId: row.entityId,
        label: row.label,
        article: article && { id: article.id, title: article.text, inTrash: article.inTrash },
        claim: claim && { id: claim.id, quote: claim.text, inTrash: claim.inTrash },
        deletedBy: row.deletedBy,
        deletedAt: row.deletedAt.toISOString(),
        purgeAfter: row.purgeAfter.toISOString(),
        daysLeft: daysLeft(row.purgeAfter, now),
      };
    }),
    nextCursor: rows.length > take ? (page.at(-1)?.id ?? null) : null,
  };
}
