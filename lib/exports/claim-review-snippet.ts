// The ready-to-paste ClaimReview markup of one claim: only for a published final verdict whose
// claim still reads as it did when it was published (the rule of the ClaimReview export).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { claimReviewBlock, claimReviewOf, claimReviewScript, type ClaimReviewBlock } from "./claim-review";
import { openExport } from "./load-export-articles";

export async function claimReviewSnippet(
  db: Db,
  options: { actor: Actor; workspaceId: string; claimId: string; origin: string },
) {
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, workspaceId: options.workspaceId },
    select: { articleId: true },
  });
  if (!claim) throw new AppError("not_found", "Claim not found.");
  const exported = await openExport(db, { ...options, articleIds: [claim.articleId] });
  let block: ClaimReviewBlock = "no_final_verdict";
  for await (const article of exported.articles()) {
    const found = article.claims.find((c) => c.id === options.claimId);
    if (!found) continue;
    const review = claimReviewOf(exported.context, article, found);
    if (review) return { json: review, script: claimReviewScript([review]) };
    block = claimReviewBlock(found) ?? block;
  }
  throw new AppError("conflict", BLOCK_MESSAGES[block], { reason: block });
}

const BLOCK_MESSAGES: Record<ClaimReviewBlock, string> = {
  no_final_verdict: "ClaimReview needs a final verdict on this claim.",
  not_published: "ClaimReview is made for a published final verdict only. Publish it first.",
  words_changed: "The claim's words changed since its final verdict was published. Check it and publish it again.",
};
