// Recomputes a claim's status after a change to its notes, sources or verdicts, and records
// the move in the audit log when it changes.
import { sqlOf, type DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { deriveClaimStatus, type ClaimActivity } from "./claim-status";

/**
 * Whether each kind of activity exists on a claim: one statement of indexed look-ups that each
 * stop at the first row (Prisma's relation `_count` aggregates whole tables).
 */
async function readClaimActivity(tx: DbTx, claimId: string) {
  return sqlOf(tx)
    .selectFrom("Claim as c")
    .select((eb) => [
      "c.status",
      "c.workspaceId",
      "c.articleId",
      eb
        .exists(
          eb.selectFrom("Note as n").select("n.id").whereRef("n.claimId", "=", "c.id").where("n.deletedAt", "is", null),
        )
        .as("notes"),
      eb.exists(eb.selectFrom("Source as s").select("s.id").whereRef("s.claimId", "=", "c.id")).as("sources"),
      eb.exists(eb.selectFrom("Verdict as v").select("v.id").whereRef("v.claimId", "=", "c.id")).as("verdicts"),
      eb
        .exists(
          eb
            .selectFrom("Verdict as v")
            .select("v.id")
            .whereRef("v.claimId", "=", "c.id")
            .where("v.submittedAt", "is not", null),
        )
        .as("submittedVerdicts"),
      eb
        .exists(eb.selectFrom("FinalVerdict as f").select("f.id").whereRef("f.claimId", "=", "c.id"))
        .as("finalVerdict"),
    ])
    .where("c.id", "=", claimId)
    .executeTakeFirst();
}

export async function refreshClaimStatus(tx: DbTx, audit: AuditTrail, claimId: string, actorId: string): Promise<void> {
  const claim = await readClaimActivity(tx, claimId);
  if (!claim) return;
  // EXISTS answers a boolean on PostgreSQL and 0/1 on SQLite.
  const activity: ClaimActivity = {
    notes: Number(claim.notes),
    sources: Number(claim.sources),
    verdicts: Number(claim.verdicts),
    submittedVerdicts: Number(claim.submittedVerdicts),
    hasFinalVerdict: Boolean(claim.finalVerdict),
  };
  const status = deriveClaimStatus(activity);
  if (status === claim.status) return;
  await tx.claim.update({ where: { id: claimId }, data: { status } });
  await audit.record({
    workspaceId: claim.workspaceId,
    actorId,
    action: "claim.status_change",
    entityType: "claim",
    entityId: claimId,
    articleId: claim.articleId,
    claimId,
    before: { status: claim.status },
    after: { status },
  });
}
