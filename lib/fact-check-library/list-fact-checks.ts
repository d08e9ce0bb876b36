// The workspace's library of known fact-checks, most recently published first.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { listFactChecksQuerySchema } from "./schemas";

export interface KnownFactCheckView {
  /** The review's address: its identity in the library. */
  url: string;
  claimReviewed: string;
  claimant: string | null;
  publisher: string | null;
  ratingText: string | null;
  datePublished: Date | null;
}

export async function listFactChecks(
  db: Db,
  options: { actor: Actor; workspaceId: string; input?: unknown },
): Promise<{ total: number; items: KnownFactCheckView[] }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const { limit } = listFactChecksQuerySchema.parse(options.input ?? {});
  const where = { workspaceId: options.workspaceId };
  const [total, items] = await Promise.all([
    db.knownFactCheck.count({ where }),
    db.knownFactCheck.findMany({
      where,
      orderBy: [{ datePublished: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: limit,
      select: {
        url: true,
        claimReviewed: true,
        claimant: true,
        publisher: true,
        ratingText: true,
        datePublished: true,
      },
    }),
  ]);
  return { total, items };
}
