// Recomputes a claim's status after a change to its notes, sources or verdicts, and records
// the move in the audit log when it changes.
import type { AuditTrail } from "../db/write-with-audit";
import type { DbTx } from "../db/client";
import { deriveClaimStatus } from "./claim-status";

export async function refreshClaimStatus(tx: DbTx, audit: AuditTrail, claimId: string, actorId: string): Promise<void> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, status: true, workspaceId: true, articleId: true } });
  if (!claim) return;
  // The status only needs to know whether each kind of activity exists. Indexed look-ups by
  // claim, one row at most each: Prisma's relation `_count` aggregates the whole Note, Source and
  // Verdict tables before joining, which made every write slower as the workspace grew.
  const exists = (row: { id: string } | null) => (row ? 1 : 0);
  const where = { claimId };
  const select = { id: true } as const;
  const status = deriveClaimStatus({
    notes: exists(await tx.note.findFirst({ where: { ...where, deletedAt: null }, select })),
    sources: exists(await tx.source.findFirst({ where, select })),
    verdicts: exists(await tx.verdict.findFirst({ where, select })),
    submittedVerdicts: exists(await tx.verdict.findFirst({ where: { ...where, submittedAt: { not: null } }, select })),
    hasFinalVerdict: exists(await tx.finalVerdict.findFirst({ where, select })) === 1,
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
