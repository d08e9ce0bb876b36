// Writes one step of a restore (restore-rows.ts) inside the caller's transaction, with Prisma's
// createMany: one statement per table and batch.
import type { DbTx } from "../db/client";
import type { RestoreStep } from "./restore-rows";

/** A step's cost for batching: a row, plus one per 4,000 characters of text it carries. */
export function stepWeight(step: RestoreStep): number {
  if (step.table === "articleRevision")
    return step.rows.reduce((n, row) => n + 1 + Math.floor(row.text.length / 4000), 0);
  return step.rows.length;
}

export async function insertRestoreStep(tx: DbTx, step: RestoreStep): Promise<void> {
  if (step.rows.length === 0) return;
  switch (step.table) {
    case "rating":
      return void (await tx.rating.createMany({ data: step.rows }));
    case "tag":
      return void (await tx.tag.createMany({ data: step.rows }));
    case "article":
      return void (await tx.article.createMany({ data: step.rows }));
    case "articleRevision":
      return void (await tx.articleRevision.createMany({ data: step.rows }));
    case "currentRevision":
      for (const row of step.rows)
        await tx.article.update({
          where: { id: row.articleId },
          // updatedAt is given so the link does not count as an edit of the article.
          data: { currentRevisionId: row.revisionId, updatedAt: row.updatedAt },
        });
      return;
    case "claim":
      return void (await tx.claim.createMany({ data: step.rows }));
    case "claimTag":
      return void (await tx.claimTag.createMany({ data: step.rows }));
    case "note":
      return void (await tx.note.createMany({ data: step.rows }));
    case "noteTag":
      return void (await tx.noteTag.createMany({ data: step.rows }));
    case "source":
      return void (await tx.source.createMany({ data: step.rows }));
    case "verdict":
      return void (await tx.verdict.createMany({ data: step.rows }));
    case "verdictSource":
      return void (await tx.verdictSource.createMany({ data: step.rows }));
    case "finalVerdict":
      return void (await tx.finalVerdict.createMany({ data: step.rows }));
    case "finalVerdictCorrection":
      return void (await tx.finalVerdictCorrection.createMany({ data: step.rows }));
    case "assignment":
      return void (await tx.assignment.createMany({ data: step.rows }));
    case "suggestionDismissal":
      return void (await tx.suggestionDismissal.createMany({ data: step.rows }));
    case "searchEntry":
      return void (await tx.searchEntry.createMany({ data: step.rows }));
    case "auditLog":
      return void (await tx.auditLog.createMany({ data: step.rows }));
  }
}
