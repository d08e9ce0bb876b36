"use client";

import { callAction } from "@/lib/actions/call-action";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ReanchorReport } from "@/lib/articles/revise-article";
import { oversizeTextMessage } from "@/lib/article-import/limits";
import { reviseArticleAction } from "../actions";

export function TextEditor({
  workspaceId,
  articleId,
  slug,
  baseRevisionId,
  initialText,
}: {
  workspaceId: string;
  articleId: string;
  slug: string;
  baseRevisionId: string;
  initialText: string;
}) {
  const [base, setBase] = useState(baseRevisionId);
  const [report, setReport] = useState<ReanchorReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const claimLink = (id: string) => `/w/${slug}/articles/${articleId}?claim=${id}`;
  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        // onSubmit, not a form action: React resets a form after its action, which would put the
        // old text back over a failed save.
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(async () => {
            setError(null);
            const text = String(data.get("text") ?? "");
            const tooLarge = oversizeTextMessage(text);
            if (tooLarge) return setError(tooLarge);
            const result = await callAction(() =>
              reviseArticleAction(workspaceId, articleId, {
                text,
                message: String(data.get("message") ?? ""),
                baseRevisionId: base,
              }),
            );
            if (!result.ok) return setError(result.failure.message);
            setReport(result.data);
            if (result.data.revision) setBase(result.data.revision.id);
          });
        }}
      >
        {error ? <Notice tone="error">{error}</Notice> : null}
        <TextAreaField label="Text of the new revision" name="text" rows={22} defaultValue={initialText} />
        <TextField label="What changed (optional)" name="message" placeholder="e.g. Correction: figure for 2015" />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving and re-anchoring…" : "Save as new revision"}
        </Button>
      </form>
      {report ? (
        <section
          aria-labelledby="report-heading"
          className="rounded-md border border-stone-200 bg-stone-50 p-4 text-sm"
          role="status"
        >
          <h3 id="report-heading" className="font-semibold">
            {report.revision ? `Saved revision ${report.revision.number}` : "No changes to the text"}
          </h3>
          {report.revision ? (
            <>
              <p className="mt-1">
                {report.unchanged} claim{report.unchanged === 1 ? "" : "s"} unchanged, {report.moved.length} moved,{" "}
                {report.changed.length} changed (check them), {report.orphaned.length} orphaned.
              </p>
              {report.unpublished.length ? (
                <div className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-red-900">
                  <p className="font-medium">
                    {report.unpublished.length === 1
                      ? "1 published final verdict was unpublished"
                      : `${report.unpublished.length} published final verdicts were unpublished`}
                    : the words {report.unpublished.length === 1 ? "it rated" : "they rated"} changed or are gone. The{" "}
                    {report.unpublished.length === 1 ? "claim needs" : "claims need"} re-review before publishing again.
                  </p>
                  <ul className="mt-1 space-y-1" aria-label="Unpublished final verdicts">
                    {report.unpublished.map((u) => (
                      <li key={u.claimId}>
                        <Link className="text-accent underline" href={claimLink(u.claimId)}>
                          Unpublished
                        </Link>
                        : <del>{u.before}</del> → {u.after === null ? <em>words removed</em> : <ins>{u.after}</ins>}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {report.changed.length ? (
                <ul className="mt-2 space-y-1">
                  {report.changed.map((c) => (
                    <li key={c.claimId}>
                      <Link className="text-accent underline" href={claimLink(c.claimId)}>
                        Changed
                      </Link>
                      : <del className="text-stone-500">{c.before}</del> → <ins>{c.after}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
              {report.orphaned.length ? (
                <p className="mt-2">
                  Orphaned claims keep their notes and verdicts; find them under “Needs re-anchoring” in the{" "}
                  <Link className="text-accent underline" href={`/w/${slug}/articles/${articleId}`}>
                    article
                  </Link>
                  .
                </p>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
