"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { RatingView } from "@/lib/ratings/list-rating-scale";

export interface RatingFormValues {
  label: string;
  description: string;
  color: string;
  ordinal: boolean;
  claimReviewName: string;
  claimReviewValue: number | null;
}

export function readRatingForm(form: HTMLFormElement): RatingFormValues {
  const data = new FormData(form);
  const value = String(data.get("claimReviewValue") ?? "").trim();
  return {
    label: String(data.get("label") ?? ""),
    description: String(data.get("description") ?? ""),
    color: String(data.get("color") ?? ""),
    ordinal: data.get("ordinal") === "on",
    claimReviewName: String(data.get("claimReviewName") ?? "") || String(data.get("label") ?? ""),
    claimReviewValue: value === "" ? null : Number(value),
  };
}

export function RatingForm({
  initial,
  submitLabel,
  pending,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  initial?: RatingView;
  submitLabel: string;
  pending: boolean;
  fieldErrors: Record<string, string[]>;
  onSubmit: (values: RatingFormValues) => void;
  onCancel?: () => void;
}) {
  return (
    <form
      className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(readRatingForm(event.currentTarget));
      }}
    >
      <TextField label="Name" name="label" required defaultValue={initial?.label} errors={fieldErrors.label} />
      <div className="space-y-1">
        <label className="block text-sm font-medium text-stone-800" htmlFor={`color-${initial?.id ?? "new"}`}>
          Colour
        </label>
        <input
          id={`color-${initial?.id ?? "new"}`}
          type="color"
          name="color"
          defaultValue={initial?.color ?? "#6b7280"}
          className="h-9 w-16 rounded border border-stone-300"
        />
      </div>
      <TextField
        label="Description"
        name="description"
        defaultValue={initial?.description}
        errors={fieldErrors.description}
      />
      <label className="flex items-center gap-2 pt-6 text-sm">
        <input type="checkbox" name="ordinal" defaultChecked={initial?.ordinal ?? true} />
        Part of the ordered scale (True … False)
      </label>
      <TextField
        label="ClaimReview name"
        name="claimReviewName"
        defaultValue={initial?.claimReviewName}
        hint="Exported as reviewRating.alternateName."
        errors={fieldErrors.claimReviewName}
      />
      <TextField
        label="ClaimReview number"
        name="claimReviewValue"
        type="number"
        min={1}
        max={100}
        defaultValue={initial?.claimReviewValue ?? ""}
        hint="Exported as ratingValue; leave empty for outcomes without a number."
        errors={fieldErrors.claimReviewValue}
      />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
