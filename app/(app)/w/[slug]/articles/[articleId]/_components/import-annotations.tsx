"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { annotationFileTooLargeMessage } from "@/lib/actions/body-limit";
import type { ImportReport } from "@/lib/annotation-import/import-report";
import { importAnnotationsAction } from "../actions";
import { ImportReportView } from "./import-report-view";
import { settleAction } from "@/lib/actions/call-action";

export function ImportAnnotations({
  workspaceId,
  articleId,
  onImported,
}: {
  workspaceId: string;
  articleId: string;
  onImported: () => void;
}) {
  const id = useId();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        const file = (event.currentTarget.elements.namedItem("annotations") as HTMLInputElement).files?.[0];
        if (!file) return setError("Choose a JSON file first.");
        const tooLarge = annotationFileTooLargeMessage(file.size);
        if (tooLarge) return setError(tooLarge);
        startTransition(async () => {
          setError(null);
          const text = await file.text();
          const result = await settleAction(() => importAnnotationsAction(workspaceId, articleId, text));
          if (result.ok) {
            setReport(result.data);
            onImported();
          } else {
            setReport(null);
            setError(result.error);
          }
        });
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        Import annotations (W3C Web Annotation JSON or a Hypothesis export)
      </label>
      <input
        id={id}
        name="annotations"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        className="block text-sm"
      />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? "Importing…" : "Import"}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {report ? <ImportReportView report={report} /> : null}
    </form>
  );
}
