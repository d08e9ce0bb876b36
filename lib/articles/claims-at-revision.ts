// The claims of an article as they were on an earlier revision, rebuilt from the audit log: each
// claim's last recorded position on that revision (creation, import, re-anchoring, re-attaching).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export interface ClaimThen {
  id: string;
  start: number;
  end: number;
  exact: string;
  anchorState: string;
}

const POSITIONING = ["claim.create", "claim.import", "claim.reanchor", "claim.reattach"];

export async function claimsAtRevision(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; revisionId: string },
): Promise<ClaimThen[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const entries = await db.auditLog.findMany({
    where: {
      workspaceId: options.workspaceId,
      articleId: options.articleId,
      entityType: "claim",
      action: { in: POSITIONING },
    },
    orderBy: { id: "asc" },
    select: { entityId: true, after: true },
  });
  const found = new Map<string, ClaimThen>();
  for (const entry of entries) {
    const after = entry.after ? (JSON.parse(entry.after) as Partial<ClaimThen> & { revisionId?: string }) : null;
    if (after?.revisionId !== options.revisionId || typeof after.start !== "number" || typeof after.end !== "number")
      continue;
    found.set(entry.entityId, {
      id: entry.entityId,
      start: after.start,
      end: after.end,
      exact: after.exact ?? "",
      anchorState: after.anchorState ?? "anchored",
    });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
