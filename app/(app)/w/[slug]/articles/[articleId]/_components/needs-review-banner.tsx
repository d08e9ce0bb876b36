"use client";

// Shown on a claim whose published final verdict an article edit unpublished (its words changed or
// went). An editor clears it by publishing the verdict again, or by marking the claim reviewed.
import { Button } from "@/components/ui/button";
import { markClaimReviewedAction } from "../actions";
import { useMutation } from "./mutation";

export function NeedsReviewBanner({
  workspaceId,
  claimId,
  reason,
  version,
  canMarkReviewed,
  onChanged,
}: {
  workspaceId: string;
  claimId: string;
  reason: string;
  version: number;
  canMarkReviewed: boolean;
  onChanged: () => void;
}) {
  const mutation = useMutation();
  return (
    <div role="note" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-2.5 text-sm text-red-900">
      <p>
        <strong>Needs re-review:</strong> {reason}
      </p>
      {canMarkReviewed ? (
        <>
          <p className="text-xs">
            Check the claim against the new text, then publish its final verdict again, or mark it reviewed.
          </p>
          <Button
            size="sm"
            variant="secondary"
            disabled={mutation.pending}
            onClick={() => mutation.run(() => markClaimReviewedAction(workspaceId, claimId, { version }), onChanged)}
          >
            Mark reviewed
          </Button>
        </>
      ) : null}
      {mutation.error ? (
        <p role="alert" className="text-xs text-red-700">
          {mutation.error}
        </p>
      ) : null}
    </div>
  );
}
