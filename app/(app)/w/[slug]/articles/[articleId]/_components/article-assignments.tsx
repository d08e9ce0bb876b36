"use client";

// The article's assignments, for editors: each open one can be marked done, withdrawn, handed to
// another reviewer or given another due date; done and withdrawn ones stay listed below.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { formatDate } from "@/lib/format/dates";
import { progressLabel } from "@/lib/assignments/progress-label";
import type { AssignmentState } from "@/lib/assignments/assignment-state";
import { completeAssignmentAction, updateAssignmentAction, withdrawAssignmentAction } from "../actions";
import { useMutation } from "./mutation";

/** An assignment as the API answers it (dates as ISO text). */
export interface ArticleAssignment {
  id: string;
  state: AssignmentState;
  claim: { id: string; exact: string } | null;
  assignee: { id: string; name: string };
  dueAt: string | null;
  completedAt: string | null;
  withdrawnAt: string | null;
  overdue: boolean;
  progress: { rated: number; total: number };
  version: number;
}

export function ArticleAssignments({
  workspaceId,
  assignments,
  reviewers,
  onChanged,
}: {
  workspaceId: string;
  assignments: ArticleAssignment[];
  reviewers: { id: string; name: string }[];
  onChanged: () => void;
}) {
  const open = assignments.filter((a) => a.state === "open");
  const closed = assignments.filter((a) => a.state !== "open");
  if (!assignments.length) return null;
  return (
    <section aria-labelledby="article-assignments-heading" className="mt-3 text-sm">
      <h2 id="article-assignments-heading" className="font-medium">
        Assignments ({open.length} open)
      </h2>
      {open.length ? (
        <ul className="mt-1 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {open.map((a) => (
            <OpenAssignment
              key={a.id}
              workspaceId={workspaceId}
              assignment={a}
              reviewers={reviewers}
              onChanged={onChanged}
            />
          ))}
        </ul>
      ) : null}
      {closed.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-stone-700">Done and withdrawn ({closed.length})</summary>
          <ul className="mt-1 space-y-1 text-stone-700">
            {closed.map((a) => (
              <li key={a.id}>
                {describe(a)} ·{" "}
                {a.state === "done"
                  ? `done ${formatDate(new Date(a.completedAt!))}`
                  : `withdrawn ${formatDate(new Date(a.withdrawnAt!))}`}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function describe(a: ArticleAssignment): string {
  return `${a.assignee.name} · ${a.claim ? `claim “${a.claim.exact}”` : "whole article"}`;
}

function OpenAssignment({
  workspaceId,
  assignment: a,
  reviewers,
  onChanged,
}: {
  workspaceId: string;
  assignment: ArticleAssignment;
  reviewers: { id: string; name: string }[];
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const mutation = useMutation();
  const whose = `${a.assignee.name}'s assignment`;
  // A refusal (someone changed it meanwhile, it was closed) also reloads the list, to show why.
  const run = <T,>(action: () => Promise<ActionResult<T>>) =>
    mutation.run(
      async () => {
        const result = await action();
        if (!result.ok) onChanged();
        return result;
      },
      () => {
        setEditing(false);
        onChanged();
      },
    );
  return (
    <li className="space-y-2 p-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="min-w-0">
          <span className="line-clamp-1">{describe(a)}</span>
          <span className="text-xs text-stone-600">
            {a.dueAt ? (
              <span className={a.overdue ? "font-medium text-red-700" : ""}>
                due {formatDate(new Date(a.dueAt))}
                {a.overdue ? " (overdue)" : ""} ·{" "}
              </span>
            ) : null}
            {progressLabel(a.progress)}
          </span>
        </p>
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Change<span className="sr-only"> {whose}</span>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={mutation.pending}
            onClick={() => run(() => completeAssignmentAction(workspaceId, a.id))}
          >
            Mark done<span className="sr-only">: {whose}</span>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={mutation.pending}
            onClick={() => run(() => withdrawAssignmentAction(workspaceId, a.id))}
          >
            Withdraw<span className="sr-only"> {whose}</span>
          </Button>
        </div>
      </div>
      {editing ? (
        <form
          className="flex flex-wrap items-end gap-2"
          aria-label={`Change ${whose}`}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const assigneeId = String(data.get("assigneeId"));
            const dueAt = String(data.get("dueAt") ?? "");
            run(() =>
              updateAssignmentAction(workspaceId, a.id, {
                ...(assigneeId !== a.assignee.id ? { assigneeId } : {}),
                ...(dueAt !== (a.dueAt?.slice(0, 10) ?? "") ? { dueAt: dueAt || null } : {}),
                version: a.version,
              }),
            );
          }}
        >
          <label className="block">
            <span className="block text-xs font-medium">Reviewer</span>
            <select
              name="assigneeId"
              defaultValue={a.assignee.id}
              className="rounded border border-stone-300 px-2 py-1"
            >
              {reviewers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="block text-xs font-medium">Due</span>
            <input
              type="date"
              name="dueAt"
              defaultValue={a.dueAt?.slice(0, 10) ?? ""}
              className="rounded border border-stone-300 px-2 py-1"
            />
          </label>
          <Button type="submit" size="sm" disabled={mutation.pending}>
            Save
          </Button>
        </form>
      ) : null}
      {mutation.error ? (
        <p role="alert" className="text-xs text-red-700">
          {mutation.error}
        </p>
      ) : null}
    </li>
  );
}
