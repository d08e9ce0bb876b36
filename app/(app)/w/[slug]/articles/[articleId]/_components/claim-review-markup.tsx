"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { claimReviewSnippetAction } from "../actions";
import { settleAction } from "@/lib/actions/call-action";

/** The claim's ClaimReview markup, ready to paste into a published fact-check page. */
export function ClaimReviewMarkup({ workspaceId, claimId }: { workspaceId: string; claimId: string }) {
  const [snippet, setSnippet] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await settleAction(() => claimReviewSnippetAction(workspaceId, claimId));
            if (result.ok) setSnippet(result.data.script);
            else setError(result.error);
          })
        }
      >
        ClaimReview markup
      </Button>
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
      {snippet ? (
        <div className="space-y-1">
          <textarea
            readOnly
            aria-label="ClaimReview markup"
            value={snippet}
            rows={8}
            className="w-full rounded border border-stone-300 bg-stone-50 p-2 font-mono text-xs"
          />
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              void navigator.clipboard.writeText(snippet).then(() => setCopied(true));
            }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
