"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/action-result";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { RatingView } from "@/lib/ratings/list-rating-scale";
import { addRatingAction, removeRatingAction, reorderRatingsAction, updateRatingAction } from "../actions";
import { RatingForm, type RatingFormValues } from "./rating-form";
import { settleAction } from "@/lib/actions/call-action";

type Pending =
  | { kind: "update"; rating: RatingView; values: RatingFormValues; usage: number }
  | { kind: "remove"; rating: RatingView; usage: number };

export function RatingScaleEditor({ workspaceId, ratings }: { workspaceId: string; ratings: RatingView[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [question, setQuestion] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();

  function run(work: () => Promise<ActionResult<unknown>>, onAsk?: (usage: number) => void, onDone?: () => void) {
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await settleAction(work);
      if (result.ok) return onDone?.();
      const usage = (result.details as { usage?: number } | undefined)?.usage;
      if (result.code === "conflict" && usage && onAsk) return onAsk(usage);
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.error);
    });
  }

  const move = (index: number, delta: number) => {
    const order = ratings.map((r) => r.id);
    const [moved] = order.splice(index, 1);
    order.splice(index + delta, 0, moved!);
    run(() => reorderRatingsAction(workspaceId, { ratingIds: order }));
  };

  return (
    <div className="space-y-3">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {question ? (
        <Notice tone="warning">
          <p className="mb-2">
            {question.usage} verdict{question.usage === 1 ? " uses" : "s use"} “{question.rating.label}”. What should{" "}
            {question.usage === 1 ? "it" : "they"} become?
          </p>
          {question.kind === "update" ? (
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                onClick={() =>
                  run(
                    () =>
                      updateRatingAction(workspaceId, question.rating.id, {
                        ...question.values,
                        version: question.rating.version,
                        existingVerdicts: "follow",
                      }),
                    undefined,
                    () => {
                      setQuestion(null);
                      setEditing(null);
                    },
                  )
                }
              >
                Follow the change
              </Button>
              <Button
                size="sm"
                variant="secondary"
                onClick={() =>
                  run(
                    () =>
                      updateRatingAction(workspaceId, question.rating.id, {
                        ...question.values,
                        version: question.rating.version,
                        existingVerdicts: "keep",
                      }),
                    undefined,
                    () => {
                      setQuestion(null);
                      setEditing(null);
                    },
                  )
                }
              >
                Keep the old rating on them
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setQuestion(null)}>
                Cancel
              </Button>
            </div>
          ) : (
            <form
              className="flex flex-wrap items-end gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                const target = String(new FormData(event.currentTarget).get("target"));
                run(
                  () =>
                    removeRatingAction(workspaceId, question.rating.id, {
                      version: question.rating.version,
                      existingVerdicts:
                        target === "keep" ? { action: "keep" } : { action: "reassign", toRatingId: target },
                    }),
                  undefined,
                  () => setQuestion(null),
                );
              }}
            >
              <label className="text-sm">
                Move them to{" "}
                <select name="target" className="rounded border border-stone-300 bg-white px-2 py-1">
                  {ratings
                    .filter((r) => r.id !== question.rating.id)
                    .map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.label}
                      </option>
                    ))}
                  <option value="keep">(keep them under the removed rating)</option>
                </select>
              </label>
              <Button type="submit" size="sm" variant="danger">
                Remove rating
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setQuestion(null)}>
                Cancel
              </Button>
            </form>
          )}
        </Notice>
      ) : null}
      <ol className="divide-y divide-stone-200 rounded-md border border-stone-200" aria-label="Ratings, in order">
        {ratings.map((rating, index) => (
          <li key={rating.id} className="p-3">
            {editing === rating.id ? (
              <RatingForm
                initial={rating}
                submitLabel="Save rating"
                pending={pending}
                fieldErrors={fieldErrors}
                onCancel={() => setEditing(null)}
                onSubmit={(values) =>
                  run(
                    () => updateRatingAction(workspaceId, rating.id, { ...values, version: rating.version }),
                    (usage) => setQuestion({ kind: "update", rating, values, usage }),
                    () => setEditing(null),
                  )
                }
              />
            ) : (
              <div className="flex flex-wrap items-center gap-3">
                <span
                  aria-hidden
                  className="h-4 w-4 rounded-full border border-stone-300"
                  style={{ background: rating.color }}
                />
                <span className="min-w-40 font-medium">{rating.label}</span>
                <span className="text-xs text-stone-600">
                  {rating.ordinal ? "ordered" : "outcome"} · ClaimReview “{rating.claimReviewName}”
                  {rating.claimReviewValue !== null ? ` = ${rating.claimReviewValue}` : ""} · used {rating.usage}×
                </span>
                <span className="ml-auto flex gap-1">
                  <Button size="sm" variant="ghost" disabled={index === 0 || pending} onClick={() => move(index, -1)}>
                    ↑<span className="sr-only"> Move {rating.label} up</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === ratings.length - 1 || pending}
                    onClick={() => move(index, 1)}
                  >
                    ↓<span className="sr-only"> Move {rating.label} down</span>
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setEditing(rating.id)}>
                    Edit<span className="sr-only"> {rating.label}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-red-700"
                    onClick={() =>
                      run(
                        () => removeRatingAction(workspaceId, rating.id, { version: rating.version }),
                        (usage) => setQuestion({ kind: "remove", rating, usage }),
                      )
                    }
                  >
                    Remove<span className="sr-only"> {rating.label}</span>
                  </Button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ol>
      {adding ? (
        <RatingForm
          submitLabel="Add rating"
          pending={pending}
          fieldErrors={fieldErrors}
          onCancel={() => setAdding(false)}
          onSubmit={(values) =>
            run(
              () => addRatingAction(workspaceId, values),
              undefined,
              () => setAdding(false),
            )
          }
        />
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          Add a rating
        </Button>
      )}
    </div>
  );
}
