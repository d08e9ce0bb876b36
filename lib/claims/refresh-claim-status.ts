// Recomputes a claim's status after a change to its notes, sources or verdicts, and records
// the move in the audit log when it changes.
import type { AuditTrail } from "../db/write-with-audit";
import type { DbTx } from "../db/client";
import { deriveClaimStatus } from "./claim-status";

export async function refreshClaimStatus(tx: DbTx, audit: AuditTrail, claimId: string, actorId: string): Promise<void> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      status: true,
      workspaceId: true,
      articleId: true,
      finalVerdict: { select: { id: true } },
      _count: { select: { notes: { where: { deletedAt: null } }, sources: true, verdicts: true } },
    },
  });
  if (!claim) return;
  const submittedVerdicts = await tx.verdict.count({ where: { claimId, submittedAt: { not: null } } });
  const status = deriveClaimStatus({
    notes: claim._count.notes,
    sources: claim._count.sources,
    verdicts: claim._count.verdicts,
    submittedVerdicts,
    hasFinalVerdict: claim.finalVerdict !== null,
  });
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
