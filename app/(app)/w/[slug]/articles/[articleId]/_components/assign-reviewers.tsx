"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { readApi } from "@/lib/api/read-api";
import { createAssignmentsAction } from "../actions";
import { ArticleAssignments, type ArticleAssignment } from "./article-assignments";
import { useMutation } from "./mutation";

/**
 * Editors assign the article, or the claims they pick, to reviewers with an optional due date,
 * and look after the assignments already made (done, withdrawn, reassigned, due dates).
 */
export function AssignReviewers({
  workspaceId,
  articleId,
  reviewers,
  claims,
  onAssigned,
}: {
  workspaceId: string;
  articleId: string;
  reviewers: { id: string; name: string }[];
  claims: { id: string; exact: string }[];
  onAssigned: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation();
  const [assignments, setAssignments] = useState<ArticleAssignment[]>([]);
  const loadAssignments = useCallback(async () => {
    const read = await readApi(
      "/api/v1/workspaces/{workspaceId}/assignments",
      { workspaceId },
      { article: articleId, limit: "100" },
    );
    if (read.ok) setAssignments(read.data);
  }, [workspaceId, articleId]);
  useEffect(() => {
    // After the first render (as the reader loads a claim's detail): the list is not in the page's HTML.
    void Promise.resolve().then(loadAssignments);
  }, [loadAssignments]);
  return (
    <div className="no-print mb-6">
      <Button
        size="sm"
        variant="secondary"
        aria-expanded={open}
        onClick={() => {
          // A notice left from the last assignment would read as the answer to the next one.
          setDone(null);
          setOpen(!open);
        }}
      >
        Assign reviewers
      </Button>
      {done ? (
        <Notice tone="success" className="mt-2">
          {done}
        </Notice>
      ) : null}
      {open ? (
        <form
          aria-label="New assignment"
          className="mt-2 space-y-3 rounded-md border border-stone-200 bg-white p-3 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const claimIds = data.getAll("claimIds").map(String);
            mutation.run(
              () =>
                createAssignmentsAction(workspaceId, {
                  articleId,
                  assigneeIds: data.getAll("assigneeIds").map(String),
                  claimIds: claimIds.length ? claimIds : undefined,
                  dueAt: String(data.get("dueAt") ?? ""),
                }),
              (created) => {
                setOpen(false);
                setDone(`${created.length} assignment${created.length === 1 ? "" : "s"} created.`);
                onAssigned();
                void loadAssignments();
              },
            );
          }}
        >
          <fieldset>
            <legend className="font-medium">Reviewers</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {reviewers.map((reviewer) => (
                <label key={reviewer.id} className="flex items-center gap-1.5">
                  <input type="checkbox" name="assigneeIds" value={reviewer.id} />
                  {reviewer.name}
                </label>
              ))}
            </div>
            {mutation.fieldErrors.assigneeIds ? (
              <p className="text-xs text-red-700">{mutation.fieldErrors.assigneeIds.join(" ")}</p>
            ) : null}
          </fieldset>
          {claims.length ? (
            <fieldset>
              <legend className="font-medium">Claims (none chosen: the whole article)</legend>
              <div className="mt-1 max-h-40 space-y-1 overflow-y-auto">
                {claims.map((claim) => (
                  <label key={claim.id} className="flex items-start gap-1.5">
                    <input type="checkbox" name="claimIds" value={claim.id} className="mt-1" />
                    <span className="line-clamp-1">{claim.exact}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <label className="block">
            <span className="font-medium">Due</span>
            <input type="date" name="dueAt" className="ml-2 rounded border border-stone-300 px-2 py-1" />
          </label>
          {mutation.error && !mutation.fieldErrors.assigneeIds ? (
            <p role="alert" className="text-xs text-red-700">
              {mutation.error}
            </p>
          ) : null}
          <Button type="submit" size="sm" disabled={mutation.pending}>
            Assign
          </Button>
        </form>
      ) : null}
      <ArticleAssignments
        workspaceId={workspaceId}
        assignments={assignments}
        reviewers={reviewers}
        onChanged={() => {
          setDone(null);
          void loadAssignments();
        }}
      />
    </div>
  );
}
