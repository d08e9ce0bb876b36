// A reviewer's own verdict on a claim: saved as a draft or submitted. Optimistic concurrency:
// an edit names the version it started from; if someone (the same reviewer in another tab, or
// an API client) changed it meanwhile, the write is refused with the current state.
import { randomUUID } from "node:crypto";
import { completeFinishedAssignments } from "../assignments/complete-finished-assignments";
import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import { settleClaimStatus } from "../claims/refresh-claim-status";
import type { Db } from "../db/client";
import { rawCount } from "../db/raw-values";
import type { SqlTx } from "../db/sql-transaction";
import { writeSqlWithAudit, writeWithAudit } from "../db/write-with-audit";
import { AppError, isUniqueConstraintError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { loadClaimForVerdict } from "./load-claim-for-verdict";
import { saveVerdictSchema } from "./schemas";
import { savedVerdictSnapshot } from "./verdict-snapshot";

export async function saveVerdict(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "verdict.submit", { ownerId: member.userId });
  const input = saveVerdictSchema.parse(options.input);
  try {
    // Every statement is SQL in a driver-level transaction: the write a reviewer makes most.
    const saved = await writeSqlWithAudit(db, async (tx, audit) => {
      const claim = await loadClaimForVerdict(tx, {
        workspaceId: options.workspaceId,
        claimId: options.claimId,
        reviewerId: member.userId,
        ratingId: input.ratingId,
      });
      if (claim.published)
        throw new AppError(
          "locked",
          "The final verdict on this claim is published; verdicts are locked until an editor unpublishes it.",
        );
      if (claim.ratingLabel === null)
        throw new AppError("validation_failed", "Choose a rating from the workspace's scale.", {
          fields: { ratingId: ["Choose a rating from the scale."] },
        });
      const sourceIds = [...new Set(input.sourceIds)].sort();
      if (sourceIds.length && (await countClaimSources(tx, claim.id, sourceIds)) !== sourceIds.length) {
        throw new AppError("validation_failed", "Linked sources must be sources of this claim.", {
          fields: { sourceIds: ["Only this claim's sources can be linked."] },
        });
      }
      const before = claim.verdict;
      const fields = { ratingId: input.ratingId, confidence: input.confidence, rationale: input.rationale };
      let saved: { id: string; submittedAt: Date | null; version: number };
      if (!before) {
        if (input.version !== undefined)
          throw new AppError("conflict", "This verdict was deleted meanwhile. Save it again as a new verdict.");
        // The row Prisma's create wrote: a UUID v4 id (the schema's uuid()), both times now, version 1.
        const now = new Date();
        saved = { id: randomUUID(), submittedAt: input.submit ? now : null, version: 1 };
        await tx.run(
          `INSERT INTO "Verdict" ("id", "workspaceId", "claimId", "reviewerId", "ratingId", "confidence", "rationale", "submittedAt", "createdAt", "updatedAt", "version")
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
          [
            saved.id,
            options.workspaceId,
            claim.id,
            member.userId,
            fields.ratingId,
            fields.confidence,
            fields.rationale,
            saved.submittedAt,
            now,
            now,
          ],
        );
      } else {
        if (input.version === undefined || input.version !== before.version) {
          throw await staleWrite(tx, "verdict", await lastEditorOf(tx, before.id), before);
        }
        const submittedAt = before.submittedAt ?? (input.submit ? new Date() : null);
        // The version in the WHERE is the optimistic concurrency check.
        const updated = await tx.run(
          `UPDATE "Verdict" SET "ratingId" = ?, "confidence" = ?, "rationale" = ?, "submittedAt" = ?, "version" = "version" + 1, "updatedAt" = ?
          WHERE "id" = ? AND "version" = ?`,
          [fields.ratingId, fields.confidence, fields.rationale, submittedAt, new Date(), before.id, input.version],
        );
        if (updated !== 1) throw await staleWrite(tx, "verdict", await lastEditorOf(tx, before.id), before);
        saved = { id: before.id, submittedAt, version: before.version + 1 };
      }
      // Links are rewritten only when they change (most saves keep them).
      const linked = before?.sourceIds ?? [];
      if (!sameIds(linked, sourceIds)) {
        if (linked.length) await tx.run(`DELETE FROM "VerdictSource" WHERE "verdictId" = ?`, [saved.id]);
        for (const sourceId of sourceIds)
          await tx.run(`INSERT INTO "VerdictSource" ("verdictId", "sourceId") VALUES (?, ?)`, [saved.id, sourceId]);
      }
      const after = savedVerdictSnapshot(
        { ...saved, claimId: claim.id, reviewerId: member.userId },
        fields,
        claim.ratingLabel,
        sourceIds,
      );
      const action = !before
        ? after.submittedAt
          ? "verdict.submit"
          : "verdict.draft"
        : !before.submittedAt && after.submittedAt
          ? "verdict.submit"
          : "verdict.update";
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action,
        entityType: "verdict",
        entityId: saved.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before,
        after,
      });
      const submitted = claim.activity.submittedVerdicts > 0 || after.submittedAt !== null;
      await settleClaimStatus(
        tx,
        audit,
        { ...claim, activity: { ...claim.activity, verdicts: 1, submittedVerdicts: submitted ? 1 : 0 } },
        member.userId,
      );
      return { after, articleId: claim.articleId, submitted: action === "verdict.submit" };
    });
    // Adapter while this save is SQL in a driver-level transaction, which Prisma's model API
    // cannot join: the completion check runs in a transaction of its own right after the commit.
    // Once the save runs in writeWithAudit, this call moves inside it (one transaction).
    if (saved.submitted) {
      const scope = { workspaceId: options.workspaceId, articleId: saved.articleId, claimId: saved.after.claimId };
      await writeWithAudit(db, (tx, audit) =>
        completeFinishedAssignments(tx, audit, { ...scope, assigneeId: member.userId }),
      ).catch((error: unknown) => {
        // The verdict is saved; the reviewer's next submission on the article checks again.
        console.error("[verdict] completing finished assignments failed", error);
      });
    }
    return saved.after;
  } catch (error) {
    // Two first verdicts by the same reviewer at once: the loser sees the winner's.
    if (isUniqueConstraintError(error))
      throw new AppError(
        "conflict",
        "Your verdict on this claim was saved from somewhere else meanwhile. Reload and try again.",
      );
    throw error;
  }
}

/** How many of these sources are this claim's (each id once). */
async function countClaimSources(tx: SqlTx, claimId: string, sourceIds: string[]): Promise<number> {
  const [row] = await tx.all<{ sources: unknown }>(
    `SELECT COUNT(*) AS "sources" FROM "Source" WHERE "claimId" = ? AND "id" IN (${sourceIds.map(() => "?").join(", ")})`,
    [claimId, ...sourceIds],
  );
  return rawCount(row?.sources ?? 0);
}

/** Both sorted. */
function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
