"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { RatingBadge } from "@/components/ui/rating-badge";
import type { ClaimVerdicts } from "@/lib/verdicts/list-claim-verdicts";
import { SaveError } from "@/components/ui/save-error";
import { differsFrom, draftKey, type DraftValue } from "@/lib/drafts/draft-store";
import { publishFinalVerdictAction, setFinalVerdictAction } from "../actions";
import { DraftRestored } from "./draft-restored";
import { useMutation } from "./mutation";
import { formDraft, useDraft } from "./use-draft";
import { ProvenanceLine } from "./provenance-line";
import type { RatingOption } from "./verdict-section";
import { ClaimReviewMarkup } from "./claim-review-markup";
import { MutationError } from "./mutation-error";

export function FinalVerdictSection({
  workspaceId,
  claimId,
  userId,
  verdicts,
  ratings,
  onChanged,
}: {
  workspaceId: string;
  claimId: string;
  userId: string;
  verdicts: ClaimVerdicts;
  ratings: RatingOption[];
  onChanged: () => void;
}) {
  const final = verdicts.finalVerdict;
  const shown: DraftValue = {
    finalRatingId: final?.rating.id ?? "",
    summary: final?.summary ?? "",
    claimReviewed: final?.claimReviewed ?? "",
  };
  const draft = useDraft(draftKey(userId, claimId, "final-verdict"), shown);
  const [editing, setEditing] = useState(draft.restored !== null && Boolean(final) && !final?.published);
  const mutation = useMutation();
  const publish = useMutation({ overwriteOnConflict: false });
  const initial = draft.restored?.value ?? shown;
  const distinct = new Set(
    [verdicts.mine, ...(verdicts.others ?? [])].filter((v) => v?.submittedAt).map((v) => v!.rating.id),
  );
  return (
    <section aria-labelledby="final-heading" className="space-y-2">
      <h3 id="final-heading" className="text-sm font-semibold">
        Final verdict
      </h3>
      {distinct.size > 1 && !final ? (
        <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" role="note">
          Reviewers disagree ({distinct.size} different ratings). An editor settles it here.
        </p>
      ) : null}
      {final && !editing ? (
        <div className="space-y-1 rounded-md border border-stone-200 bg-white p-2.5 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <RatingBadge rating={final.rating} />
            <span className="text-xs text-stone-600">by {final.editor.name}</span>
            <span className={`text-xs font-medium ${final.published ? "text-green-800" : "text-stone-600"}`}>
              {final.published ? "Published" : "Not published"}
            </span>
          </p>
          <ProvenanceLine provenance={final.provenance} />
          {final.claimReviewed ? (
            <p className="text-xs text-stone-700">Claim as reviewed: {final.claimReviewed}</p>
          ) : null}
          <MarkdownView source={final.summary} />
          {final.publicUrl ? (
            <p className="text-xs">
              <a href={final.publicUrl} className="text-accent underline" target="_blank" rel="noopener">
                Public page
              </a>
            </p>
          ) : null}
          {final.published ? (
            <ClaimReviewMarkup workspaceId={workspaceId} claimId={claimId} />
          ) : (
            <p className="text-xs text-stone-600">ClaimReview markup is made once the final verdict is published.</p>
          )}
        </div>
      ) : null}
      {!final && !verdicts.canSetFinal ? <p className="text-xs text-stone-600">No final verdict yet.</p> : null}
      {verdicts.canSetFinal && (editing || !final) ? (
        <form
          key={draft.formKey}
          aria-label="Settle the final verdict"
          className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2.5"
          onChange={(event) => {
            const value = formDraft(event.currentTarget);
            draft.save(differsFrom(value, shown) ? value : {});
          }}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            mutation.run(
              (attempt) =>
                setFinalVerdictAction(workspaceId, claimId, {
                  ratingId: String(data.get("finalRatingId") ?? ""),
                  summary: String(data.get("summary") ?? ""),
                  claimReviewed: String(data.get("claimReviewed") ?? ""),
                  ...(final || attempt.currentVersion ? { version: attempt.currentVersion ?? final?.version } : {}),
                }),
              () => {
                draft.clear();
                setEditing(false);
                onChanged();
              },
            );
          }}
        >
          {draft.restored ? <DraftRestored savedAt={draft.restored.savedAt} onDiscard={draft.discard} /> : null}
          <label className="block text-xs font-medium text-stone-700">
            Final rating
            <select
              name="finalRatingId"
              defaultValue={String(initial.finalRatingId ?? "")}
              required
              className="mt-0.5 block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm"
            >
              <option value="" disabled>
                Choose a rating
              </option>
              {ratings.map((rating) => (
                <option key={rating.id} value={rating.id}>
                  {rating.label}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-xs font-medium text-stone-700">
            Claim as reviewed (short, public)
            <input
              name="claimReviewed"
              maxLength={280}
              defaultValue={String(initial.claimReviewed ?? "")}
              placeholder="Empty: the quote"
              className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1 text-sm"
            />
          </label>
          <label className="block text-xs font-medium text-stone-700">
            Public summary (Markdown)
            <textarea
              name="summary"
              rows={3}
              defaultValue={String(initial.summary ?? "")}
              required
              className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1 text-sm"
            />
          </label>
          <MutationError mutation={mutation} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={mutation.pending}>
              Save final verdict
            </Button>
            {final ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  draft.discard();
                  mutation.reset();
                  setEditing(false);
                }}
              >
                Cancel
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
      {final && verdicts.canSetFinal && !editing ? (
        <div className="flex flex-wrap gap-2">
          {!final.published ? (
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
              Change
            </Button>
          ) : null}
          <Button
            size="sm"
            variant={final.published ? "secondary" : "primary"}
            disabled={publish.pending}
            onClick={() =>
              publish.run(
                () =>
                  publishFinalVerdictAction(workspaceId, claimId, {
                    published: !final.published,
                    version: final.version,
                  }),
                onChanged,
              )
            }
          >
            {final.published ? "Unpublish" : "Publish"}
          </Button>
          <SaveError
            className="w-full"
            message={publish.error}
            canRetry={publish.canRetry}
            pending={publish.pending}
            onRetry={publish.retry}
          />
        </div>
      ) : null}
    </section>
  );
}
