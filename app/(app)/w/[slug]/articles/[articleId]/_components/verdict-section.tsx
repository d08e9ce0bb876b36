"use client";

// A reviewer's own verdict (draft or submitted), others' verdicts once blind review allows, and
// a clear word when it does not.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { RatingBadge } from "@/components/ui/rating-badge";
import type { SourceView } from "@/lib/claims/get-claim-detail";
import type { ClaimVerdicts, VerdictView } from "@/lib/verdicts/list-claim-verdicts";
import { differsFrom, draftKey, type DraftValue } from "@/lib/drafts/draft-store";
import { saveVerdictAction } from "../actions";
import { DraftRestored } from "./draft-restored";
import { useMutation } from "./mutation";
import { formDraft, useDraft } from "./use-draft";
import { ProvenanceLine } from "./provenance-line";
import { MutationError } from "./mutation-error";

export interface RatingOption {
  id: string;
  label: string;
  color: string;
  description: string;
  ordinal: boolean;
}

function VerdictCard({ verdict, sources }: { verdict: VerdictView; sources: SourceView[] }) {
  const linked = sources.filter((s) => verdict.sourceIds.includes(s.id));
  return (
    <article
      className="space-y-1 rounded-md border border-stone-200 bg-white p-2.5 text-sm"
      aria-label={`Verdict by ${verdict.reviewer.name}`}
    >
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{verdict.reviewer.name}</span>
        <RatingBadge rating={verdict.rating} />
        <span className="text-xs text-stone-600">confidence {verdict.confidence}%</span>
        {verdict.submittedAt ? null : <span className="text-xs text-amber-800">draft</span>}
      </p>
      <ProvenanceLine provenance={verdict.provenance} />
      {verdict.rationale ? <MarkdownView source={verdict.rationale} /> : null}
      {linked.length ? (
        <p className="text-xs text-stone-600">Sources: {linked.map((s) => s.title).join("; ")}</p>
      ) : null}
    </article>
  );
}

export function VerdictSection({
  workspaceId,
  claimId,
  userId,
  verdicts,
  ratings,
  sources,
  onChanged,
}: {
  workspaceId: string;
  claimId: string;
  userId: string;
  verdicts: ClaimVerdicts;
  ratings: RatingOption[];
  sources: SourceView[];
  onChanged: () => void;
}) {
  const mine = verdicts.mine;
  const shown: DraftValue = {
    ratingId: mine?.rating.id ?? "",
    confidence: mine ? String(mine.confidence) : "",
    rationale: mine?.rationale ?? "",
    sourceIds: mine?.sourceIds ?? [],
  };
  const draft = useDraft(draftKey(userId, claimId, "verdict"), shown);
  const [editing, setEditing] = useState(!mine || draft.restored !== null);
  const mutation = useMutation();
  const locked = verdicts.finalVerdict?.published ?? false;
  const initial = draft.restored?.value ?? shown;
  const initialText = (name: string) => String(initial[name] ?? "");
  const initialList = (name: string) => [initial[name] ?? []].flat();

  function keepDraft(form: HTMLFormElement) {
    const value = formDraft(form, ["sourceIds"]);
    draft.save(differsFrom(value, shown) ? value : {});
  }

  function submit(form: HTMLFormElement, submitNow: boolean) {
    const data = new FormData(form);
    const confidence = String(data.get("confidence") ?? "").trim();
    mutation.run(
      (attempt) =>
        saveVerdictAction(workspaceId, claimId, {
          ratingId: String(data.get("ratingId") ?? ""),
          // Left empty, it is missing, and the validation asks for it.
          ...(confidence ? { confidence: Number(confidence) } : {}),
          rationale: String(data.get("rationale") ?? ""),
          sourceIds: data.getAll("sourceIds").map(String),
          submit: submitNow,
          ...(mine || attempt.currentVersion ? { version: attempt.currentVersion ?? mine?.version } : {}),
        }),
      () => {
        draft.clear();
        setEditing(false);
        onChanged();
      },
    );
  }

  return (
    <section aria-labelledby="verdicts-heading" className="space-y-2">
      <h3 id="verdicts-heading" className="text-sm font-semibold">
        Verdicts
      </h3>
      {verdicts.canSubmit && !locked && editing ? (
        <form
          key={draft.formKey}
          aria-label="Your verdict"
          className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2.5"
          onChange={(event) => keepDraft(event.currentTarget)}
          onSubmit={(event) => {
            event.preventDefault();
            submit(event.currentTarget, true);
          }}
        >
          {draft.restored ? <DraftRestored savedAt={draft.restored.savedAt} onDiscard={draft.discard} /> : null}
          <fieldset>
            <legend className="text-xs font-medium text-stone-700">Your rating</legend>
            <div className="mt-1 grid grid-cols-2 gap-1">
              {ratings.map((rating) => (
                <label key={rating.id} className="flex items-center gap-1.5 text-sm" title={rating.description}>
                  <input
                    type="radio"
                    name="ratingId"
                    value={rating.id}
                    defaultChecked={initialText("ratingId") === rating.id}
                    required
                  />
                  <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: rating.color }} />
                  {rating.label}
                </label>
              ))}
            </div>
            {mutation.fieldErrors.ratingId ? (
              <p className="text-xs text-red-700">{mutation.fieldErrors.ratingId.join(" ")}</p>
            ) : null}
          </fieldset>
          <label className="block text-xs font-medium text-stone-700">
            Confidence (%)
            <input
              type="number"
              name="confidence"
              min={0}
              max={100}
              step={5}
              placeholder="0–100"
              aria-invalid={mutation.fieldErrors.confidence ? true : undefined}
              aria-describedby={mutation.fieldErrors.confidence ? "confidence-error" : undefined}
              defaultValue={initialText("confidence")}
              className="mt-0.5 block w-24 rounded border border-stone-300 px-2 py-1 text-sm"
            />
          </label>
          {mutation.fieldErrors.confidence ? (
            <p id="confidence-error" className="text-xs text-red-700">
              {mutation.fieldErrors.confidence.join(" ")}
            </p>
          ) : null}
          <label className="block text-xs font-medium text-stone-700">
            Rationale (Markdown)
            <textarea
              name="rationale"
              rows={3}
              defaultValue={initialText("rationale")}
              className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1 text-sm"
            />
          </label>
          {sources.length ? (
            <fieldset>
              <legend className="text-xs font-medium text-stone-700">Sources this verdict rests on</legend>
              {sources.map((source) => (
                <label key={source.id} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    name="sourceIds"
                    value={source.id}
                    defaultChecked={initialList("sourceIds").includes(source.id)}
                  />
                  {source.title}
                </label>
              ))}
            </fieldset>
          ) : null}
          {!mutation.fieldErrors.ratingId && !mutation.fieldErrors.confidence ? (
            <MutationError mutation={mutation} />
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={mutation.pending}>
              {mine?.submittedAt ? "Save verdict" : "Submit verdict"}
            </Button>
            {!mine?.submittedAt ? (
              <Button
                size="sm"
                variant="secondary"
                disabled={mutation.pending}
                onClick={(event) => submit(event.currentTarget.form!, false)}
              >
                Save draft
              </Button>
            ) : null}
            {mine ? (
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
      ) : mine ? (
        <div className="space-y-1">
          <VerdictCard verdict={mine} sources={sources} />
          {verdicts.canSubmit && !locked ? (
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
              {mine.submittedAt ? "Change my verdict" : "Continue my draft"}
            </Button>
          ) : null}
        </div>
      ) : null}
      {verdicts.others === null ? (
        <p className="rounded-md border border-dashed border-stone-300 p-2 text-xs text-stone-700" role="note">
          Blind review: {verdicts.othersSubmitted} other verdict{verdicts.othersSubmitted === 1 ? "" : "s"} submitted.
          You will see {verdicts.othersSubmitted === 1 ? "it" : "them"} once you submit yours.
        </p>
      ) : verdicts.others.length ? (
        <ul className="space-y-2" aria-label="Other reviewers' verdicts">
          {verdicts.others.map((verdict) => (
            <li key={verdict.id}>
              <VerdictCard verdict={verdict} sources={sources} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-stone-600">No other verdicts yet.</p>
      )}
    </section>
  );
}
