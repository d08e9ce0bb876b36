import { describeRange } from "../anchoring";
import { countCodePoints, sliceByCodePoints } from "../text/code-points";
import { snapToGraphemes } from "../text/graphemes";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { insertClaim } from "./insert-claim";
import { createClaimSchema } from "./schemas";

/** Marks a span of the article's current revision as a claim (from a selection in the reader). */
export async function createClaim(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "claim.create");
  const input = createClaimSchema.parse(options.input);
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true, currentRevisionId: true, currentRevision: { select: { id: true, text: true } } },
  });
  if (!article?.currentRevision) throw new AppError("not_found", "Article not found.");
  if (article.currentRevisionId !== input.revisionId) {
    throw new AppError(
      "conflict",
      "The article was edited since you opened it. Reload to mark claims on the new text.",
    );
  }
  const text = article.currentRevision.text;
  if (input.end > countCodePoints(text)) {
    throw new AppError("validation_failed", "The selection is outside the article text.", {
      fields: { end: ["The selection is outside the article text."] },
    });
  }
  const { start, end } = claimRange(text, input.start, input.end);
  if (end <= start) {
    throw new AppError("validation_failed", "Select some text, not only spaces.", {
      fields: { end: ["Select some text, not only spaces."] },
    });
  }
  const selectors = describeRange(text, start, end);
  return writeWithAudit(db, (tx, audit) =>
    insertClaim(tx, audit, {
      workspaceId: options.workspaceId,
      articleId: article.id,
      revisionId: input.revisionId,
      selectors,
      createdById: member.userId,
      tags: input.tags ?? [],
    }),
  );
}

/**
 * The claim a selection marks: without the space or line break selections often catch at either
 * end, and widened to whole graphemes (never half a flag, nor an accent without its letter).
 */
export function claimRange(text: string, start: number, end: number): { start: number; end: number } {
  const trimmed = trimRange(text, start, end);
  return trimmed.end > trimmed.start ? snapToGraphemes(text, trimmed.start, trimmed.end) : trimmed;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  const span = sliceByCodePoints(text, start, end);
  const chars = [...span];
  let head = 0;
  let tail = chars.length;
  while (head < tail && /\s/u.test(chars[head]!)) head++;
  while (tail > head && /\s/u.test(chars[tail - 1]!)) tail--;
  return { start: start + head, end: start + tail };
}
