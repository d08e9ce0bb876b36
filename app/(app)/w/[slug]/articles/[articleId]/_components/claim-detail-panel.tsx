"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { SaveError } from "@/components/ui/save-error";
import { TimeStamp } from "@/components/ui/time-stamp";
import type { ClaimDetail } from "@/lib/claims/get-claim-detail";
import { deleteClaimAction } from "../actions";
import { StatusBadge } from "./claim-badges";
import { useMutation } from "./mutation";
import { NoteThread } from "./note-thread";
import { ProvenanceLine } from "./provenance-line";
import { SourceSection } from "./source-section";
import { TagEditor } from "./tag-editor";
import { ClaimAppearance } from "./claim-appearance";
import { ClaimHistory } from "./claim-history";
import { SimilarClaims } from "./similar-claims";
import { FinalVerdictSection } from "./final-verdict-section";
import { NeedsReviewBanner } from "./needs-review-banner";
import { VerdictSection, type RatingOption } from "./verdict-section";

export function ClaimDetailPanel({
  detail,
  workspaceId,
  userId,
  knownTags,
  ratings,
  onBack,
  onChanged,
  onDeleted,
  onShowInText,
}: {
  detail: ClaimDetail;
  workspaceId: string;
  userId: string;
  knownTags: string[];
  ratings: RatingOption[];
  onBack: () => void;
  onChanged: () => void;
  onDeleted: () => void;
  onShowInText: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useMutation();
  const { claim } = detail;
  useEffect(() => {
    heading.current?.focus();
  }, [claim.id]);
  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-2">
        <Button size="sm" variant="ghost" onClick={onBack}>
          ← All claims
        </Button>
        <Button size="sm" variant="ghost" onClick={onShowInText}>
          Show in text
        </Button>
      </div>
      <section aria-labelledby="claim-heading" className="space-y-2">
        <h2 id="claim-heading" ref={heading} tabIndex={-1} className="text-sm font-semibold text-stone-600">
          Claim
        </h2>
        <blockquote className="border-l-4 border-amber-400 pl-3 font-serif text-base text-ink">
          {claim.exact}
        </blockquote>
        <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
          <StatusBadge status={claim.status} />
          <span>
            marked by {claim.createdBy.name} on <TimeStamp date={claim.createdAt} dateOnly />
          </span>
          {claim.anchorState !== "anchored" ? (
            <span className="text-amber-800">
              ({claim.anchorState}, confidence {Math.round(claim.anchorConfidence * 100)}%)
            </span>
          ) : null}
        </p>
        {claim.needsReviewReason ? (
          <NeedsReviewBanner
            workspaceId={workspaceId}
            claimId={claim.id}
            reason={claim.needsReviewReason}
            version={claim.version}
            canMarkReviewed={detail.permissions.canMarkReviewed}
            onChanged={onChanged}
          />
        ) : null}
        <ProvenanceLine provenance={claim.provenance} />
        <ClaimAppearance
          key={`a-${claim.id}-${claim.version}`}
          workspaceId={workspaceId}
          claimId={claim.id}
          appearance={{ claimant: claim.claimant, claimDate: claim.claimDate, appearanceUrl: claim.appearanceUrl }}
          version={claim.version}
          editable={detail.permissions.canEditAppearance}
          locked={Boolean(detail.verdicts.finalVerdict?.published)}
          onChanged={onChanged}
        />
        <TagEditor
          workspaceId={workspaceId}
          claimId={claim.id}
          tags={claim.tags}
          knownTags={knownTags}
          editable={detail.permissions.canTag}
          onChanged={onChanged}
        />
      </section>
      {/* Evidence first: notes and sources come before the verdicts that rest on them. */}
      <NoteThread
        notes={detail.notes}
        claimId={claim.id}
        workspaceId={workspaceId}
        userId={userId}
        canNote={detail.permissions.canNote}
        onChanged={onChanged}
      />
      <SourceSection
        sources={detail.sources}
        claimId={claim.id}
        workspaceId={workspaceId}
        canAdd={detail.permissions.canAddSource}
        onChanged={onChanged}
      />
      <VerdictSection
        key={`v-${claim.id}-${detail.verdicts.mine?.version ?? 0}`}
        workspaceId={workspaceId}
        claimId={claim.id}
        userId={userId}
        verdicts={detail.verdicts}
        ratings={ratings}
        sources={detail.sources}
        onChanged={onChanged}
      />
      <FinalVerdictSection
        key={`f-${claim.id}-${detail.verdicts.finalVerdict?.version ?? 0}`}
        workspaceId={workspaceId}
        claimId={claim.id}
        userId={userId}
        verdicts={detail.verdicts}
        ratings={ratings}
        onChanged={onChanged}
      />
      <SimilarClaims key={`s-${claim.id}`} params={{ workspaceId, claimId: claim.id }} onChanged={onChanged} />
      <ClaimHistory key={`h-${claim.id}`} params={{ workspaceId, claimId: claim.id }} />
      {claim.canDelete ? (
        <div className="border-t border-stone-200 pt-3">
          <Button
            size="sm"
            variant="ghost"
            className="text-red-700"
            disabled={remove.pending}
            onClick={() => {
              if (
                window.confirm(
                  "Move this claim, with its notes, sources and verdicts, to the trash? An editor can restore it for 30 days.",
                )
              )
                remove.run(() => deleteClaimAction(workspaceId, claim.id, { version: claim.version }), onDeleted);
            }}
          >
            Delete claim
          </Button>
          <SaveError
            message={remove.error}
            canRetry={remove.canRetry}
            pending={remove.pending}
            onRetry={remove.retry}
          />
        </div>
      ) : null}
    </div>
  );
}
