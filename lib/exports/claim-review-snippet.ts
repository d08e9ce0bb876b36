// The ready-to-paste ClaimReview markup of one claim (with a final verdict).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { claimReviewOf, claimReviewScript } from "./claim-review";
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
  for await (const article of exported.articles()) {
    const found = article.claims.find((c) => c.id === options.claimId);
    const review = found ? claimReviewOf(exported.context, article, found) : null;
    if (review) return { json: review, script: claimReviewScript([review]) };
  }
  throw new AppError("conflict", "ClaimReview needs a final verdict on this claim.");
}
