"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markAssignmentDoneAction } from "../actions";
import { settleAction } from "@/lib/actions/call-action";

/** Marks one assignment done; the page then lists it under "Done", where focus moves. */
export function MarkDoneButton({
  workspaceId,
  assignmentId,
  label,
}: {
  workspaceId: string;
  assignmentId: string;
  label: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="shrink-0 text-right">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={`Mark done: ${label}`}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await settleAction(() => markAssignmentDoneAction(workspaceId, assignmentId));
            if (!result.ok) return setError(result.error);
            router.refresh();
            document.getElementById("done-heading")?.focus();
          })
        }
      >
        {pending ? "Marking…" : "Mark done"}
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
