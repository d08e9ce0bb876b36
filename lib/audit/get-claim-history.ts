// A claim's timeline from the audit log: who did what, when, with before and after. Two things
// withhold an entry's content (never the fact that it happened, nor who did it): blind review,
// for another reviewer's verdict until the reader has submitted their own; and deletion, for
// anything that is now deleted (in the trash, a note's tombstone, or purged), to everyone but
// admins, so deleting a note takes its words out of everyone's sight.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan, can } from "../permissions/can";
import { canSeeOthersVerdicts, verdictVisibility } from "../verdicts/verdict-visibility";
import { getMemberActor } from "../workspaces/get-member-actor";
import { getWorkspaceSettings } from "../workspaces/get-workspace-settings";
import { deletedEntitiesOf, type Deletion } from "./deleted-entities";

export type { Deletion } from "./deleted-entities";

export interface HistoryEntry {
  id: number;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string } | null;
  at: string;
  before: unknown;
  after: unknown;
  /** True when the content of this entry is withheld from the reader (see redactedReason). */
  redacted: boolean;
  /** blind_review: another reviewer's verdict, before yours; deleted: what it is about is deleted. */
  redactedReason: "blind_review" | "deleted" | null;
  /** Set when what the entry is about is deleted now: in the trash, or gone for good. */
  deletion: Deletion | null;
}

const parse = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown));

export async function getClaimHistory(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string },
): Promise<HistoryEntry[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "audit.read");
  const [workspace, entries, own] = await Promise.all([
    getWorkspaceSettings(db, options.workspaceId),
    db.auditLog.findMany({
      where: { workspaceId: options.workspaceId, claimId: options.claimId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        articleId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { id: true, name: true } },
      },
    }),
    db.verdict.findUnique({
      where: { claimId_reviewerId: { claimId: options.claimId, reviewerId: member.userId } },
      select: { submittedAt: true },
    }),
  ]);
  if (entries.length === 0) {
    const exists = await db.claim.count({ where: { id: options.claimId, workspaceId: options.workspaceId } });
    if (!exists) throw new AppError("not_found", "Claim not found.");
  }
  const deletions = await deletedEntitiesOf(db, {
    workspaceId: options.workspaceId,
    claimId: options.claimId,
    entries,
  });
  const readsDeleted = can(member, "audit.read_deleted");
  const seesOthers = canSeeOthersVerdicts(verdictVisibility(member, workspace), Boolean(own?.submittedAt));
  return entries.map((entry) => {
    const deletion = deletions.get(entry.entityId) ?? null;
    const othersVerdict = entry.entityType === "verdict" && entry.actor?.id !== member.userId;
    // Drafts stay their author's, whoever reads; submitted verdicts follow blind review.
    const isDraft =
      othersVerdict && (parse(entry.after) as { submittedAt?: string | null } | null)?.submittedAt === null;
    const redactedReason =
      deletion && !readsDeleted ? "deleted" : othersVerdict && (!seesOthers || isDraft) ? "blind_review" : null;
    const redacted = redactedReason !== null;
    return {
      id: entry.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      actor: entry.actor,
      at: entry.createdAt.toISOString(),
      before: redacted ? null : parse(entry.before),
      after: redacted ? null : parse(entry.after),
      redacted,
      redactedReason,
      deletion,
    };
  });
}
