"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { SaveError } from "@/components/ui/save-error";
import { useMentionMembers, useMentionsAsNames } from "@/components/notifications/mention-members";
import { useMentionAutocomplete } from "@/components/notifications/use-mention-autocomplete";
import { DraftRestored } from "./draft-restored";
import { useDraft } from "./use-draft";

/**
 * A Markdown text box with a preview tab; Ctrl/Cmd+Enter submits. What is typed is kept as a
 * draft in this browser under `draftKey` until `done` (given to `onSubmit`) is called on success.
 * Typing "@" offers the workspace's members (an ARIA combobox): the mention is stored as their id.
 */
export function NoteComposer({
  label,
  initial = "",
  draftKey,
  submitLabel,
  pending,
  error,
  canRetry = false,
  onRetry,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: string;
  draftKey: string;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  canRetry?: boolean;
  onRetry?: () => void;
  onSubmit: (body: string, done: () => void) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const draft = useDraft(draftKey, { body: initial });
  const [body, setBody] = useState(() => String(draft.restored?.value.body ?? initial));
  const [preview, setPreview] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const showNames = useMentionsAsNames();
  const submit = () =>
    onSubmit(body, () => {
      draft.clear();
      setBody("");
      // Back to writing: a preview of the empty box would say "Nothing to preview."
      setPreview(false);
    });
  const change = (next: string) => {
    setBody(next);
    draft.save({ body: next === initial ? "" : next });
  };
  const mentions = useMentionAutocomplete({
    members: useMentionMembers(),
    value: body,
    onChange: (next, caret) => {
      change(next);
      requestAnimationFrame(() => textarea.current?.setSelectionRange(caret, caret));
    },
  });
  const listId = `${id}-mentions`;
  // Cancelling is a decision to drop the text: the draft goes too.
  const cancel = () => {
    draft.clear();
    onCancel?.();
  };
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
          {body.trim() ? (
            <MarkdownView source={showNames(body)} />
          ) : (
            <p className="text-xs text-stone-500">Nothing to preview.</p>
          )}
        </div>
      ) : (
        <div className="relative">
          <textarea
            ref={textarea}
            id={id}
            value={body}
            rows={3}
            role="combobox"
            aria-autocomplete="list"
            aria-haspopup="listbox"
            aria-expanded={mentions.open}
            aria-controls={listId}
            aria-activedescendant={mentions.open ? `${listId}-${mentions.active}` : undefined}
            onChange={(event) => {
              change(event.target.value);
              mentions.track(event.target.value, event.target.selectionStart);
            }}
            onSelect={(event) => mentions.track(event.currentTarget.value, event.currentTarget.selectionStart)}
            onBlur={mentions.close}
            onKeyDown={(event) => {
              if (mentions.onKeyDown(event)) return;
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                submit();
              }
              if (event.key === "Escape" && onCancel) cancel();
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            className="block w-full rounded-md border border-stone-300 px-2 py-1.5 text-sm"
            placeholder="Markdown: **bold**, _italic_, [link](https://…), lists; @name mentions a member"
          />
          <ul
            id={listId}
            role="listbox"
            aria-label="Members to mention"
            hidden={!mentions.open}
            className="absolute left-0 top-full z-20 mt-1 max-h-48 w-64 overflow-auto rounded-md border border-stone-300 bg-white py-1 text-sm shadow-lg"
          >
            {mentions.matches.map((member, index) => (
              <li
                key={member.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === mentions.active}
                // Chosen on mouse down, before the text box loses focus and closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  mentions.choose(member);
                }}
                className={`cursor-pointer px-2 py-1 ${index === mentions.active ? "bg-accent text-white" : "text-stone-900"}`}
              >
                {member.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {draft.restored ? (
        <DraftRestored
          savedAt={draft.restored.savedAt}
          onDiscard={() => {
            draft.discard();
            setBody(initial);
          }}
        />
      ) : null}
      {error ? (
        <SaveError
          id={`${id}-error`}
          message={error}
          canRetry={canRetry && Boolean(onRetry)}
          pending={pending}
          onRetry={() => onRetry?.()}
        />
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
          <Button size="sm" variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
