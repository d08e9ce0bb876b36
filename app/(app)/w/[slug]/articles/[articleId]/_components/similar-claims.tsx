"use client";

// "Already checked?": the claims a reviewer confirmed as the same as this one (its family), with
// their verdicts and sources one click away, then claims of this workspace likely the same, with
// why and how they were settled, each linking to its claim, and other publishers' fact-checks from
// the workspace's library (external, linking to their pages). A reviewer confirms "Same claim" on a
// similar claim (or takes this claim out of its family); an editor starts this claim's final
// verdict from a family member's. Read when the claim opens (GET …/similar and …/family).
import { useParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Serialized } from "@/lib/api/api-reads";
import type { SimilarClaim, SimilarFactCheck, SimilarItem } from "@/lib/claim-memory/find-similar-claims";
import type { ClaimFamily, FamilyMember } from "@/lib/claim-memory/get-claim-family";
import { SAME_CLAIM_THRESHOLD } from "@/lib/claim-memory/score-similarity";
import { readApi } from "@/lib/api/read-api";
import { linkClaimFamilyAction, startFinalVerdictFromFamilyAction, unlinkClaimFamilyAction } from "../actions";
import { StatusBadge } from "./claim-badges";
import { useMutation } from "./mutation";

const SHOWN = 5;

type Family = Serialized<ClaimFamily>;

function Reasons({ reasons }: { reasons: SimilarItem["reasons"] }) {
  if (!reasons.length) return null;
  return (
    <ul className="mt-1 list-inside list-disc text-stone-600" aria-label="Why it is similar">
      {reasons.map((reason) => (
        <li key={reason.kind}>{reason.label}</li>
      ))}
    </ul>
  );
}

/** Another publisher's fact-check from the workspace's library: its page opens outside Margin. */
function ExternalFactCheck({ item }: { item: Serialized<SimilarFactCheck> }) {
  return (
    <li className="rounded border border-sky-200 bg-sky-50 p-2 text-xs">
      <p className="mb-1 font-medium text-sky-900">
        External fact-check{item.publisher ? ` by ${item.publisher}` : ""}
        {item.datePublished ? `, ${new Date(item.datePublished).toLocaleDateString()}` : ""}
      </p>
      <a
        className="font-serif text-sm text-ink underline decoration-stone-300 hover:decoration-ink focus-visible:outline-2"
        href={item.url}
        rel="noreferrer noopener"
        target="_blank"
      >
        {item.exact}
      </a>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
        {item.ratingText ? <span className="font-medium text-stone-900">Rated: {item.ratingText}</span> : null}
        {item.claimant ? <span>claimed by {item.claimant}</span> : null}
        <span>
          similarity {Math.round(item.score * 100)}%
          {item.score >= SAME_CLAIM_THRESHOLD ? " · likely the same claim" : ""}
        </span>
      </p>
      <Reasons reasons={item.reasons} />
    </li>
  );
}

function RatingChip({ rating }: { rating: { label: string; color: string } }) {
  return (
    <span className="mr-1 inline-flex items-center gap-1 rounded border border-stone-300 px-1.5 py-0.5 font-medium text-stone-900">
      <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: rating.color }} />
      {rating.label}
    </span>
  );
}

function FinalVerdictLine({ finalVerdict }: { finalVerdict: SimilarClaim["finalVerdict"] }) {
  if (!finalVerdict) return null;
  return (
    <p className="mt-1">
      <RatingChip rating={finalVerdict.rating} />
      <span className="text-stone-600">
        {finalVerdict.published ? "published final verdict" : "final verdict, not published"}:{" "}
      </span>
      {finalVerdict.summary}
    </p>
  );
}

function ClaimLink({
  slug,
  articleId,
  claimId,
  exact,
}: {
  slug: string;
  articleId: string;
  claimId: string;
  exact: string;
}) {
  return (
    <a
      className="font-serif text-sm text-ink underline decoration-stone-300 hover:decoration-ink focus-visible:outline-2"
      href={`/w/${slug}/articles/${articleId}?claim=${encodeURIComponent(claimId)}`}
    >
      {exact}
    </a>
  );
}

/** A family member's verdicts and sources, behind one disclosure (Enter or Space opens it). */
function FamilyWork({ member }: { member: FamilyMember }) {
  const hidden = member.hiddenVerdicts;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-stone-700 focus-visible:outline-2">
        Verdicts and sources ({member.verdicts.length + hidden} verdict
        {member.verdicts.length + hidden === 1 ? "" : "s"}, {member.sources.length} source
        {member.sources.length === 1 ? "" : "s"})
      </summary>
      <div className="mt-1 space-y-1 pl-2">
        {member.verdicts.length ? (
          <ul aria-label="Reviewers' verdicts" className="space-y-1">
            {member.verdicts.map((verdict, i) => (
              <li key={i}>
                <RatingChip rating={verdict.rating} />
                <span className="text-stone-600">
                  {verdict.reviewer}, confidence {verdict.confidence}%
                </span>
                {verdict.rationale ? <p className="text-stone-800">{verdict.rationale}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {hidden ? (
          <p className="text-stone-600">
            {hidden} reviewer verdict{hidden === 1 ? " is" : "s are"} hidden until you submit your own on that claim
            (blind review).
          </p>
        ) : null}
        {member.sources.length ? (
          <ul aria-label="Sources" className="list-inside list-disc">
            {member.sources.map((source) => (
              <li key={source.id}>
                <a className="text-accent underline" href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.title}
                </a>
                {source.publisher ? <span className="text-stone-600"> ({source.publisher})</span> : null}
                <span className="text-stone-600"> · {source.stance}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {!member.verdicts.length && !hidden && !member.sources.length ? (
          <p className="text-stone-600">No verdicts or sources on it yet.</p>
        ) : null}
      </div>
    </details>
  );
}

export function SimilarClaims({
  params,
  onChanged,
}: {
  params: { workspaceId: string; claimId: string };
  /** The claim changed (its final verdict was started from the family's): the panel re-reads it. */
  onChanged: () => void;
}) {
  const { slug } = useParams<{ slug: string }>();
  const [similar, setSimilar] = useState<Serialized<SimilarItem>[] | null>(null);
  const [family, setFamily] = useState<Family | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reads, setReads] = useState(0);
  const mutation = useMutation();
  const { workspaceId, claimId } = params;
  const reread = useCallback(() => setReads((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    void Promise.all([
      readApi(
        "/api/v1/workspaces/{workspaceId}/claims/{claimId}/similar",
        { workspaceId, claimId },
        { limit: String(SHOWN) },
      ),
      readApi("/api/v1/workspaces/{workspaceId}/claims/{claimId}/family", { workspaceId, claimId }),
    ]).then(([similarRead, familyRead]) => {
      if (!current) return;
      if (similarRead.ok) setSimilar(similarRead.data);
      if (familyRead.ok) setFamily(familyRead.data);
      setError(similarRead.ok ? (familyRead.ok ? null : familyRead.error) : similarRead.error);
    });
    return () => {
      current = false;
    };
  }, [workspaceId, claimId, reads]);
  const members = family?.members ?? [];
  const inFamily = new Set(members.map((m) => m.claimId));
  const others = (similar ?? []).filter((item) => item.external || !inFamily.has(item.claimId));
  return (
    <section aria-labelledby="similar-heading" className="space-y-2" aria-busy={similar === null && !error}>
      <h3 id="similar-heading" className="text-sm font-semibold">
        Already checked?
      </h3>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
      {mutation.error ? (
        <p role="alert" className="text-xs text-red-700">
          {mutation.error}
        </p>
      ) : null}
      {members.length ? (
        <div className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-2">
          <h4 id="family-heading" className="text-xs font-semibold text-emerald-900">
            Confirmed the same claim
          </h4>
          <ul className="space-y-3" aria-labelledby="family-heading">
            {members.map((member) => (
              <li key={member.claimId} className="text-xs">
                <ClaimLink slug={slug} articleId={member.articleId} claimId={member.claimId} exact={member.exact} />
                <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
                  <span>
                    in <span className="italic">{member.articleTitle}</span>
                  </span>
                  <StatusBadge status={member.status} />
                </p>
                <FinalVerdictLine finalVerdict={member.finalVerdict} />
                <FamilyWork member={member} />
                {family?.canStartFinalVerdict && member.finalVerdict ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    className="mt-1"
                    disabled={mutation.pending}
                    onClick={() =>
                      mutation.run(
                        () => startFinalVerdictFromFamilyAction(workspaceId, claimId, { fromClaimId: member.claimId }),
                        () => {
                          reread();
                          onChanged();
                        },
                      )
                    }
                  >
                    Start the final verdict from this one
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {family?.canLink ? (
            <Button
              size="sm"
              variant="ghost"
              disabled={mutation.pending}
              onClick={() => mutation.run(() => unlinkClaimFamilyAction(workspaceId, claimId), reread)}
            >
              Not the same claim: take this claim out of the family
            </Button>
          ) : null}
        </div>
      ) : null}
      {similar === null && !error ? (
        <p className="text-xs text-stone-500">Looking for similar claims…</p>
      ) : similar !== null && others.length === 0 && members.length === 0 ? (
        <p className="text-xs text-stone-500">No similar claim in this workspace.</p>
      ) : others.length ? (
        <ol className="space-y-3" aria-label="Similar claims, most similar first">
          {others.map((item) =>
            item.external ? (
              <ExternalFactCheck key={item.url} item={item} />
            ) : (
              <li key={item.claimId} className="rounded border border-stone-200 p-2 text-xs">
                <ClaimLink slug={slug} articleId={item.articleId} claimId={item.claimId} exact={item.exact} />
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
                <FinalVerdictLine finalVerdict={item.finalVerdict} />
                <Reasons reasons={item.reasons} />
                {family?.canLink ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    className="mt-1"
                    aria-label={`Same claim as: ${item.exact}`}
                    disabled={mutation.pending}
                    onClick={() =>
                      mutation.run(() => linkClaimFamilyAction(workspaceId, claimId, { claimId: item.claimId }), reread)
                    }
                  >
                    Same claim
                  </Button>
                ) : null}
              </li>
            ),
          )}
        </ol>
      ) : null}
    </section>
  );
}
