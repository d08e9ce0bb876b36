"use client";

// Uploads a Margin backup to the restore route and follows its progress lines (one JSON object a
// line: { written, total }, then { done, summary } or { error }). A refused backup lists its problems.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

interface Problem {
  path: string;
  message: string;
}
interface Summary {
  articles: number;
  claims: number;
  auditEntries: number;
  members: number;
  placeholders: number;
}
type State =
  | { phase: "idle" }
  | { phase: "uploading" }
  | { phase: "writing"; written: number; total: number }
  | { phase: "done"; summary: Summary; total: number }
  | { phase: "failed"; message: string; problems: Problem[]; total: number };

export function RestoreBackupForm({
  workspaceId,
  empty,
  restoringAt,
}: {
  workspaceId: string;
  empty: boolean;
  restoringAt: string | null;
}) {
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [interrupted, setInterrupted] = useState(restoringAt !== null);
  const url = `/api/v1/workspaces/${workspaceId}/restore`;
  const busy = state.phase === "uploading" || state.phase === "writing";

  async function restore() {
    if (!file) return;
    setState({ phase: "uploading" });
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/x-ndjson" },
        body: file,
      });
      if (!response.ok || !response.body) {
        const payload = (await response.json().catch(() => null)) as {
          error?: { message?: string; details?: { problems?: Problem[]; total?: number } };
        } | null;
        const details = payload?.error?.details;
        setState({
          phase: "failed",
          message: payload?.error?.message ?? `The server answered ${response.status}.`,
          problems: details?.problems ?? [],
          total: details?.total ?? 0,
        });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let newline = buffer.indexOf("\n");
        while (newline !== -1) {
          const line = JSON.parse(buffer.slice(0, newline)) as {
            written?: number;
            total?: number;
            done?: boolean;
            summary?: Summary;
            error?: { message: string };
          };
          buffer = buffer.slice(newline + 1);
          newline = buffer.indexOf("\n");
          if (line.error) setState({ phase: "failed", message: line.error.message, problems: [], total: 0 });
          else if (line.done && line.summary) {
            const summary = line.summary;
            setState((previous) => ({
              phase: "done",
              summary,
              total: previous.phase === "writing" ? previous.total : 0,
            }));
            router.refresh();
          } else if (typeof line.written === "number" && typeof line.total === "number")
            setState({ phase: "writing", written: line.written, total: line.total });
        }
      }
    } catch {
      setState({ phase: "failed", message: "The connection was lost during the restore.", problems: [], total: 0 });
    }
  }

  async function cancel() {
    const response = await fetch(url, { method: "DELETE" });
    if (response.ok) {
      setInterrupted(false);
      setState({ phase: "idle" });
      router.refresh();
    }
  }

  if (!empty && !interrupted && state.phase !== "done" && !busy)
    return (
      <p className="text-sm text-stone-600">
        A backup restores only into an empty workspace. Create a new workspace and restore it there.
      </p>
    );

  return (
    <div className="space-y-4">
      {interrupted && !busy ? (
        <Notice tone="warning">
          A restore into this workspace did not finish.{" "}
          <Button variant="secondary" size="sm" onClick={() => void cancel()}>
            Clear the unfinished restore
          </Button>
        </Notice>
      ) : null}
      <div>
        <label htmlFor={fileId} className="block text-sm font-medium">
          Margin backup (.json)
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          className="mt-1 block text-sm"
        />
      </div>
      <Button onClick={() => void restore()} disabled={!file || busy}>
        {busy ? "Restoring…" : "Restore backup"}
      </Button>
      {state.phase === "uploading" ? <Notice>Uploading and checking the backup…</Notice> : null}
      {state.phase === "writing" ? (
        <div className="space-y-1">
          <progress className="w-full" max={state.total || 1} value={state.written} aria-label="Restore progress" />
          <p role="status" className="text-sm text-stone-700">
            Restoring: {state.written.toLocaleString("en")} of {state.total.toLocaleString("en")} records written.
          </p>
        </div>
      ) : null}
      {state.phase === "done" ? (
        <Notice tone="success">
          Restored {state.summary.articles} articles and {state.summary.claims} claims.{" "}
          {state.summary.placeholders
            ? `${state.summary.placeholders} authors who are not members here are shown as placeholders.`
            : "Every author is a member here."}
        </Notice>
      ) : null}
      {state.phase === "failed" ? (
        <Notice tone="error">
          <p>{state.message}</p>
          {state.problems.length ? (
            <ul className="mt-2 list-disc pl-5">
              {state.problems.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
              {state.total > state.problems.length ? <li>…and {state.total - state.problems.length} more.</li> : null}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
