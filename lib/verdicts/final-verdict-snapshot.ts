// What the audit log keeps of a final verdict before and after a change.
import type { DbTx } from "../db/client";

export async function finalVerdictSnapshot(tx: DbTx, claimId: string) {
  const row = await tx.finalVerdict.findUnique({
    where: { claimId },
    select: {
      id: true,
      claimId: true,
      ratingId: true,
      summary: true,
      published: true,
      publishedAt: true,
      publishedExact: true,
      claimReviewed: true,
      firstPublishedAt: true,
      editorId: true,
      version: true,
      rating: { select: { label: true } },
    },
  });
  if (!row) return null;
  const { rating, ...rest } = row;
  return { ...rest, rating: rating.label };
}

export type FinalVerdictSnapshot = NonNullable<Awaited<ReturnType<typeof finalVerdictSnapshot>>>;
