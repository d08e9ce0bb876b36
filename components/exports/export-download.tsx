"use client";

// Downloads an export with visible progress: the response is read as it streams, so large
// workspaces show how much has arrived (against the server's estimate when it gives one).
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function ExportDownload({ href, label, fileLabel }: { href: string; label: string; fileLabel: string }) {
  const [progress, setProgress] = useState<{ received: number; estimate: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setError(null);
    setProgress({ received: 0, estimate: null });
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `The export failed (${response.status}).`);
      }
      const estimate = Number(response.headers.get("x-margin-estimated-bytes")) || null;
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "margin-export";
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setProgress({ received, estimate });
      }
      const url = URL.createObjectURL(
        new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress(null);
    } catch (caught) {
      setProgress(null);
      setError((caught as Error).message);
    }
  }

  const percent = progress?.estimate ? Math.min(99, Math.round((100 * progress.received) / progress.estimate)) : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        onClick={() => void download()}
        disabled={progress !== null}
        aria-describedby={`${fileLabel}-status`}
      >
        {label}
      </Button>
      <span id={`${fileLabel}-status`} className="text-xs text-stone-600" aria-live="polite">
        {progress ? (
          <>
            <progress
              className="mr-1 h-2 w-24 align-middle"
              max={100}
              value={percent ?? undefined}
              aria-label={`${label} progress`}
            />
            {(progress.received / 1024).toFixed(0)} KB{percent !== null ? ` (about ${percent}%)` : ""}
          </>
        ) : error ? (
          <span className="text-red-700">{error}</span>
        ) : null}
      </span>
    </div>
  );
}
