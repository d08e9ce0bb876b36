"use client";

import { unstable_rethrow } from "next/navigation";
import { callAction } from "@/lib/actions/call-action";
import { failureFromThrown, type SaveFailure } from "@/lib/actions/save-failure";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldErrors } from "@/lib/errors/app-error";
import { MAX_IMPORT_BYTES, oversizeTextMessage } from "@/lib/article-import/limits";
import { importArticleAction, previewImportAction, previewUrlImportAction } from "../actions";
import { ImportPreview, type PreviewData } from "./import-preview";

export function ImportArticleForm({ slug }: { slug: string }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [preview, setPreview] = useState<PreviewData | null>(null);
  // The page a URL preview fetched: importing saves exactly this, without fetching again.
  const [fetched, setFetched] = useState<{ html: string; finalUrl: string; receipt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();

  function sourceFormData(): FormData | null {
    const data = new FormData();
    if (fetched) {
      data.set("html", fetched.html);
      data.set("fetchedFrom", fetched.finalUrl);
      data.set("fetchReceipt", fetched.receipt);
      return data;
    }
    const file = fileInput.current?.files?.[0];
    if (file) {
      if (file.size > MAX_IMPORT_BYTES) {
        setFieldErrors({
          file: [
            `This file is ${(file.size / 1048576).toFixed(1)} MB; Margin imports articles up to ${MAX_IMPORT_BYTES / 1048576} MB.`,
          ],
        });
        return null;
      }
      data.set("file", file);
    } else {
      const tooLarge = oversizeTextMessage(text);
      if (tooLarge) {
        setFieldErrors({ content: [tooLarge] });
        return null;
      }
      data.set("text", text);
    }
    return data;
  }

  function showErrors(result: { error: string; fieldErrors?: FieldErrors }) {
    setFieldErrors(result.fieldErrors ?? {});
    setError(result.fieldErrors ? null : result.error);
  }

  function showFailure(failure: SaveFailure) {
    const hasFields = Object.keys(failure.fieldErrors).length > 0;
    showErrors({ error: failure.message, ...(hasFields ? { fieldErrors: failure.fieldErrors } : {}) });
  }

  function runPreview() {
    setError(null);
    setFieldErrors({});
    const data = sourceFormData();
    if (!data) return;
    startTransition(async () => {
      const result = await callAction(() => previewImportAction(slug, data));
      if (result.ok) setPreview(result.data);
      else {
        setPreview(null);
        showFailure(result.failure);
      }
    });
  }

  function forget() {
    setPreview(null);
    setFetched(null);
  }

  function runUrlPreview() {
    setError(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await callAction(() => previewUrlImportAction(slug, url));
      if (result.ok) {
        const { page, ...rest } = result.data;
        setFetched(page);
        setPreview(rest);
      } else {
        forget();
        showFailure(result.failure);
      }
    });
  }

  function runImport(metadata: Record<string, string>) {
    setError(null);
    const data = sourceFormData();
    if (!data) return;
    startTransition(async () => {
      // On success the action redirects to the new article; a request that never got an answer
      // leaves the form as it is, with a message.
      try {
        const result = await importArticleAction(slug, data, metadata);
        if (!result.ok) showErrors(result);
      } catch (thrown) {
        unstable_rethrow(thrown);
        showFailure(failureFromThrown(thrown, navigator.onLine));
      }
    });
  }

  return (
    <div className="space-y-6">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">1. Choose the article</h2>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="import-file" className="block text-sm font-medium text-stone-800">
              Article file
            </label>
            <input
              ref={fileInput}
              id="import-file"
              name="file"
              type="file"
              accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              aria-invalid={fieldErrors.file ? true : undefined}
              aria-describedby={fieldErrors.file ? "import-file-error" : "import-file-hint"}
              onChange={forget}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
            />
            {fieldErrors.file ? (
              <p id="import-file-error" className="text-sm text-red-700">
                {fieldErrors.file.join(" ")}
              </p>
            ) : (
              <p id="import-file-hint" className="text-xs text-stone-600">
                Plain text (.txt), Markdown or HTML, UTF-8, up to 2 MB.
              </p>
            )}
          </div>
          <TextAreaField
            label="…or paste the text"
            name="text"
            rows={5}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              forget();
            }}
            errors={fieldErrors.content}
            hint="One paragraph per line, or paragraphs separated by blank lines."
          />
        </div>
        <div className="mt-4">
          <Button onClick={runPreview} disabled={pending}>
            {pending && !preview ? "Reading…" : "Preview"}
          </Button>
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">…or import a web page</h2>
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            runUrlPreview();
          }}
        >
          <div className="min-w-64 flex-1">
            <TextField
              label="Article address (URL)"
              name="url"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={url}
              onChange={(event) => {
                setUrl(event.target.value);
                forget();
              }}
              errors={fieldErrors.url}
              hint="Margin fetches the page, keeps the article and leaves out menus, ads and comments. You check the result before saving."
            />
          </div>
          <Button type="submit" disabled={pending || !url.trim()}>
            {pending && !preview ? "Fetching…" : "Fetch and preview"}
          </Button>
        </form>
      </Card>
      {preview ? (
        <ImportPreview preview={preview} pending={pending} fieldErrors={fieldErrors} onImport={runImport} />
      ) : null}
    </div>
  );
}
