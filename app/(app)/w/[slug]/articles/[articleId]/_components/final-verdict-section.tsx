"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MarkdownView } from "@/components/markdown/markdown-view";
import type { ClaimVerdicts } from "@/lib/verdicts/list-claim-verdicts";
import { publishFinalVerdictAction, setFinalVerdictAction } from "../actions";
import { useMutation } from "./mutation";
import { ProvenanceLine } from "./provenance-line";
import type { RatingOption } from "./verdict-section";
import { ClaimReviewMarkup } from "./claim-review-markup";

export function FinalVerdictSection({
  workspaceId,
  claimId,
  verdicts,
  ratings,
  onChanged,
}: {
  workspaceId: string;
  claimId: string;
  verdicts: ClaimVerdicts;
  ratings: RatingOption[];
  onChanged: () => void;
}) {
  const final = verdicts.finalVerdict;
  const [editing, setEditing] = useState(false);
  const mutation = useMutation();
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
            <span
              className="rounded px-1.5 py-0.5 text-xs font-semibold text-white"
              style={{ background: final.rating.color }}
            >
              {final.rating.label}
            </span>
            <span className="text-xs text-stone-600">by {final.editor.name}</span>
            <span className={`text-xs font-medium ${final.published ? "text-green-800" : "text-stone-600"}`}>
              {final.published ? "Published" : "Not published"}
            </span>
          </p>
          <ProvenanceLine provenance={final.provenance} />
          <MarkdownView source={final.summary} />
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
          className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2.5"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            mutation.run(
              () =>
                setFinalVerdictAction(workspaceId, claimId, {
                  ratingId: String(data.get("finalRatingId") ?? ""),
                  summary: String(data.get("summary") ?? ""),
                  ...(final ? { version: final.version } : {}),
                }),
              () => {
                setEditing(false);
                onChanged();
              },
            );
          }}
        >
          <label className="block text-xs font-medium text-stone-700">
            Final rating
            <select
              name="finalRatingId"
              defaultValue={final?.rating.id ?? ""}
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
            Public summary (Markdown)
            <textarea
              name="summary"
              rows={3}
              defaultValue={final?.summary ?? ""}
              required
              className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1 text-sm"
            />
          </label>
          {mutation.error ? (
            <p role="alert" className="text-xs text-red-700">
              {mutation.error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={mutation.pending}>
              Save final verdict
            </Button>
            {final ? (
              <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
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
            disabled={mutation.pending}
            onClick={() =>
              mutation.run(
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
          {mutation.error ? (
            <p role="alert" className="w-full text-xs text-red-700">
              {mutation.error}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
