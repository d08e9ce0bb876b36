"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { MarkdownView } from "@/components/markdown/markdown-view";

/** A Markdown text box with a preview tab; Ctrl/Cmd+Enter submits. */
export function NoteComposer({
  label,
  initial = "",
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: string;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (body: string, clear: () => void) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initial);
  const [preview, setPreview] = useState(false);
  const submit = () => onSubmit(body, () => setBody(""));
  return (
    <form
      className="space-y-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="flex items-center justify-between">
        <label htmlFor={id} className="text-xs font-medium text-stone-700">
          {label}
        </label>
        <button
          type="button"
          className="text-xs text-accent underline"
          onClick={() => setPreview((p) => !p)}
          aria-pressed={preview}
        >
          {preview ? "Edit" : "Preview"}
        </button>
      </div>
      {preview ? (
        <div className="min-h-16 rounded-md border border-stone-200 bg-stone-50 p-2">
          {body.trim() ? <MarkdownView source={body} /> : <p className="text-xs text-stone-500">Nothing to preview.</p>}
        </div>
      ) : (
        <textarea
          id={id}
          value={body}
          rows={3}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            }
            if (event.key === "Escape" && onCancel) onCancel();
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className="block w-full rounded-md border border-stone-300 px-2 py-1.5 text-sm"
          placeholder="Markdown: **bold**, _italic_, [link](https://…), lists"
        />
      )}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="sr-only">
          Markdown is supported. Press Control and Enter to submit.
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending || !body.trim()}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
