"use client";

// Who made the claim, and where and when it appeared: what the public fact-check and ClaimReview's
// itemReviewed say about it. Locked while the final verdict is published.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ClaimAppearance as Appearance } from "@/lib/claims/set-claim-appearance";
import { setClaimAppearanceAction } from "../actions";
import { useMutation } from "./mutation";
import { MutationError } from "./mutation-error";

const inputClass = "mt-0.5 block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm";

export function ClaimAppearance({
  workspaceId,
  claimId,
  appearance,
  version,
  editable,
  locked,
  onChanged,
}: {
  workspaceId: string;
  claimId: string;
  appearance: Appearance;
  version: number;
  editable: boolean;
  /** The final verdict is published: the claim's details wait for it to be unpublished. */
  locked: boolean;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const mutation = useMutation();
  if (!editing)
    return (
      <div className="space-y-1 text-xs text-stone-700">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-2 gap-y-0.5">
          <dt className="text-stone-600">Claimant</dt>
          <dd>
            {appearance.claimant
              ? `${appearance.claimant.name}${appearance.claimant.type === "organisation" ? " (organisation)" : ""}`
              : "Not set"}
          </dd>
          <dt className="text-stone-600">Claimed on</dt>
          <dd>{appearance.claimDate ?? "Not set (the article's date)"}</dd>
          <dt className="text-stone-600">Appeared at</dt>
          <dd className="break-all">{appearance.appearanceUrl ?? "The article's link"}</dd>
        </dl>
        {editable && !locked ? (
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Edit claimant and appearance
          </Button>
        ) : null}
      </div>
    );
  return (
    <form
      aria-label="Claimant and appearance"
      className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2.5"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        mutation.run(
          (attempt) =>
            setClaimAppearanceAction(workspaceId, claimId, {
              claimantName: String(data.get("claimantName") ?? ""),
              claimantType: String(data.get("claimantType") ?? "person"),
              claimDate: String(data.get("claimDate") ?? ""),
              appearanceUrl: String(data.get("appearanceUrl") ?? ""),
              version: attempt.currentVersion ?? version,
            }),
          () => {
            setEditing(false);
            onChanged();
          },
        );
      }}
    >
      <label className="block text-xs font-medium text-stone-700">
        Claimant
        <input name="claimantName" defaultValue={appearance.claimant?.name ?? ""} className={inputClass} />
      </label>
      <label className="block text-xs font-medium text-stone-700">
        Claimant is
        <select name="claimantType" defaultValue={appearance.claimant?.type ?? "person"} className={inputClass}>
          <option value="person">a person</option>
          <option value="organisation">an organisation</option>
        </select>
      </label>
      <label className="block text-xs font-medium text-stone-700">
        Claim date
        <input type="date" name="claimDate" defaultValue={appearance.claimDate ?? ""} className={inputClass} />
      </label>
      <label className="block text-xs font-medium text-stone-700">
        Where it appeared (link)
        <input
          type="url"
          name="appearanceUrl"
          defaultValue={appearance.appearanceUrl ?? ""}
          placeholder="https://"
          className={inputClass}
        />
        <span className="font-normal text-stone-600">Leave empty for the article&apos;s own link.</span>
      </label>
      <MutationError mutation={mutation} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={mutation.pending}>
          Save claim details
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            mutation.reset();
            setEditing(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
