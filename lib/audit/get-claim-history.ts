// A claim's timeline from the audit log: who did what, when, with before and after. Under blind
// review, another reviewer's verdict entries are shown without their content until the reader
// has submitted their own verdict on the claim.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { canSeeOthersVerdicts, verdictVisibility } from "../verdicts/verdict-visibility";
import { getMemberActor } from "../workspaces/get-member-actor";
import { getWorkspaceSettings } from "../workspaces/get-workspace-settings";

export interface HistoryEntry {
  id: number;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string } | null;
  at: string;
  before: unknown;
  after: unknown;
  /** True when blind review withheld the content of this entry from the reader. */
  redacted: boolean;
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
  const seesOthers = canSeeOthersVerdicts(verdictVisibility(member, workspace), Boolean(own?.submittedAt));
  return entries.map((entry) => {
    const othersVerdict = entry.entityType === "verdict" && entry.actor?.id !== member.userId;
    // Drafts stay their author's, whoever reads; submitted verdicts follow blind review.
    const isDraft =
      othersVerdict && (parse(entry.after) as { submittedAt?: string | null } | null)?.submittedAt === null;
    const redacted = othersVerdict && (!seesOthers || isDraft);
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
    };
  });
}
