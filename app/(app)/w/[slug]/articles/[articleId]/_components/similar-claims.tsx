"use client";

// "Already checked?": claims of this workspace likely the same as this one, with why and how they
// were settled; each links to its claim. Read when the claim opens (GET …/claims/{id}/similar).
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { SimilarClaim } from "@/lib/claim-memory/find-similar-claims";
import { SAME_CLAIM_THRESHOLD } from "@/lib/claim-memory/score-similarity";
import { readApi } from "@/lib/api/read-api";
import { StatusBadge } from "./claim-badges";

const SHOWN = 5;

export function SimilarClaims({ params }: { params: { workspaceId: string; claimId: string } }) {
  const { slug } = useParams<{ slug: string }>();
  const [similar, setSimilar] = useState<SimilarClaim[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { workspaceId, claimId } = params;
  useEffect(() => {
    let current = true;
    void readApi(
      "/api/v1/workspaces/{workspaceId}/claims/{claimId}/similar",
      { workspaceId, claimId },
      { limit: String(SHOWN) },
    ).then((read) => {
      if (!current) return;
      if (read.ok) setSimilar(read.data);
      else setError(read.error);
    });
    return () => {
      current = false;
    };
  }, [workspaceId, claimId]);
  return (
    <section aria-labelledby="similar-heading" className="space-y-2" aria-busy={similar === null && !error}>
      <h3 id="similar-heading" className="text-sm font-semibold">
        Already checked?
      </h3>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : similar === null ? (
        <p className="text-xs text-stone-500">Looking for similar claims…</p>
      ) : similar.length === 0 ? (
        <p className="text-xs text-stone-500">No similar claim in this workspace.</p>
      ) : (
        <ol className="space-y-3" aria-label="Similar claims, most similar first">
          {similar.map((item) => (
            <li key={item.claimId} className="rounded border border-stone-200 p-2 text-xs">
              <a
                className="font-serif text-sm text-ink underline decoration-stone-300 hover:decoration-ink focus-visible:outline-2"
                href={`/w/${slug}/articles/${item.articleId}?claim=${encodeURIComponent(item.claimId)}`}
              >
                {item.exact}
              </a>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-600">
                <span>
                  in <span className="italic">{item.articleTitle}</span>
                </span>
                <span>
                  similarity {Math.round(item.score * 100)}%
                  {item.score >= SAME_CLAIM_THRESHOLD ? " · likely the same claim" : ""}
                </span>
                <StatusBadge status={item.status} />
              </p>
              {item.finalVerdict ? (
                <p className="mt-1">
                  <span className="mr-1 inline-flex items-center gap-1 rounded border border-stone-300 px-1.5 py-0.5 font-medium text-stone-900">
                    <span
                      aria-hidden
                      className="h-2.5 w-2.5 rounded-full"
                      style={{ background: item.finalVerdict.rating.color }}
                    />
                    {item.finalVerdict.rating.label}
                  </span>
                  <span className="text-stone-600">
                    {item.finalVerdict.published ? "published final verdict" : "final verdict, not published"}:{" "}
                  </span>
                  {item.finalVerdict.summary}
                </p>
              ) : null}
              {item.reasons.length ? (
                <ul className="mt-1 list-inside list-disc text-stone-600" aria-label="Why it is similar">
                  {item.reasons.map((reason) => (
                    <li key={reason.kind}>{reason.label}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
