// The editor's queue of claims whose reviewers disagree and that have no final verdict yet.
import { findDisagreements } from "../agreement";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { loadSubmittedVerdicts } from "./load-submitted-verdicts";

export async function listDisagreements(db: Db, options: { actor: Actor; workspaceId: string; articleId?: string }) {
  const { verdicts, scale } = await loadSubmittedVerdicts(db, options);
  const found = findDisagreements(
    verdicts,
    scale.map((r) => ({ id: r.id, ordinal: r.ordinal, position: r.position })),
  );
  if (found.length === 0) return [];
  const claims = await db.claim.findMany({
    where: { id: { in: found.map((d) => d.claimId) }, workspaceId: options.workspaceId, finalVerdict: null },
    select: {
      id: true,
      exact: true,
      article: { select: { id: true, title: true } },
      verdicts: {
        where: { submittedAt: { not: null } },
        select: { reviewer: { select: { name: true } }, rating: { select: { label: true, color: true } } },
      },
    },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return found.flatMap((d) => {
    const claim = byId.get(d.claimId);
    return claim
      ? [
          {
            ...claim,
            spread: d.spread,
            verdicts: claim.verdicts.map((v) => ({ reviewer: v.reviewer.name, rating: v.rating })),
          },
        ]
      : [];
  });
}
