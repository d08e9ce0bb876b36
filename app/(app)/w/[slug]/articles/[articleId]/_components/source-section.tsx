"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { SourceView } from "@/lib/claims/get-claim-detail";
import { SOURCE_STANCE_LABELS, SOURCE_STANCES } from "@/lib/sources/stances";
import { addSourceAction, removeSourceAction, updateSourceAction } from "../actions";
import { SaveError } from "@/components/ui/save-error";
import { useMutation } from "./mutation";
import { ProvenanceLine } from "./provenance-line";
import { MutationError } from "./mutation-error";

const STANCE_STYLES = {
  supports: "bg-green-50 text-green-800 border-green-200",
  refutes: "bg-red-50 text-red-800 border-red-200",
  context: "bg-blue-50 text-blue-800 border-blue-200",
} as const;

function SourceForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  pending,
  fieldErrors,
  error,
  canRetry,
  onRetry,
}: {
  initial?: SourceView;
  submitLabel: string;
  onSubmit: (input: Record<string, string>) => void;
  onCancel: () => void;
  pending: boolean;
  fieldErrors: Record<string, string[]>;
  error: string | null;
  canRetry: boolean;
  onRetry: () => void;
}) {
  return (
    <form
      className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2.5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onSubmit(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)])));
      }}
    >
      <TextField
        label="URL"
        name="url"
        type="url"
        required
        defaultValue={initial?.url}
        errors={fieldErrors.url}
        placeholder="https://"
      />
      <TextField label="Title" name="title" required defaultValue={initial?.title} errors={fieldErrors.title} />
      <TextField
        label="Publisher"
        name="publisher"
        defaultValue={initial?.publisher ?? ""}
        errors={fieldErrors.publisher}
      />
      <TextAreaField
        label="Excerpt"
        name="excerpt"
        rows={2}
        defaultValue={initial?.excerpt ?? ""}
        errors={fieldErrors.excerpt}
      />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Stance</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {SOURCE_STANCES.map((stance) => (
            <label key={stance} className="flex items-center gap-1">
              <input
                type="radio"
                name="stance"
                value={stance}
                defaultChecked={(initial?.stance ?? "supports") === stance}
              />
              {SOURCE_STANCE_LABELS[stance]}
            </label>
          ))}
        </div>
        {fieldErrors.stance ? <p className="text-xs text-red-700">{fieldErrors.stance.join(" ")}</p> : null}
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label="Accessed"
          name="accessedAt"
          type="date"
          defaultValue={(initial?.accessedAt ?? new Date().toISOString()).slice(0, 10)}
          errors={fieldErrors.accessedAt}
        />
        <TextField
          label="Archived copy"
          name="archivedUrl"
          type="url"
          defaultValue={initial?.archivedUrl ?? ""}
          errors={fieldErrors.archivedUrl}
          placeholder="https://web.archive.org/…"
        />
      </div>
      {Object.keys(fieldErrors).length === 0 ? (
        <SaveError message={error} canRetry={canRetry} pending={pending} onRetry={onRetry} />
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function SourceItem({
  source,
  workspaceId,
  onChanged,
}: {
  source: SourceView;
  workspaceId: string;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const mutation = useMutation();
  if (editing) {
    return (
      <SourceForm
        initial={source}
        submitLabel="Save source"
        pending={mutation.pending}
        fieldErrors={mutation.fieldErrors}
        error={mutation.error}
        canRetry={mutation.canRetry}
        onRetry={mutation.retry}
        onCancel={() => {
          setEditing(false);
          mutation.reset();
        }}
        onSubmit={(input) =>
          mutation.run(
            (attempt) =>
              updateSourceAction(workspaceId, source.id, {
                ...input,
                version: attempt.currentVersion ?? source.version,
              }),
            () => {
              setEditing(false);
              onChanged();
            },
          )
        }
      />
    );
  }
  return (
    <article
      className="space-y-1 rounded-md border border-stone-200 bg-white p-2.5 text-sm"
      aria-label={`Source: ${source.title}`}
    >
      <div className="flex items-start justify-between gap-2">
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="font-medium text-accent underline break-words"
        >
          {source.title}
        </a>
        <span className={`shrink-0 rounded border px-1.5 py-0.5 text-xs font-medium ${STANCE_STYLES[source.stance]}`}>
          {SOURCE_STANCE_LABELS[source.stance]}
        </span>
      </div>
      <p className="text-xs text-stone-600">
        {[
          source.publisher,
          source.accessedAt ? `accessed ${source.accessedAt.slice(0, 10)}` : null,
          `added by ${source.addedBy.name}`,
        ]
          .filter(Boolean)
          .join(" · ")}
        {source.archivedUrl ? (
          <>
            {" · "}
            <a href={source.archivedUrl} target="_blank" rel="noopener noreferrer nofollow" className="underline">
              archived copy
            </a>
          </>
        ) : null}
      </p>
      <ProvenanceLine provenance={source.provenance} />
      {source.excerpt ? (
        <blockquote className="border-l-2 border-stone-300 pl-2 text-xs text-stone-700">{source.excerpt}</blockquote>
      ) : null}
      {source.canEdit || source.canDelete ? (
        <div className="flex gap-3 text-xs">
          {source.canEdit ? (
            <button type="button" className="text-accent underline" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> source {source.title}</span>
            </button>
          ) : null}
          {source.canDelete ? (
            <button
              type="button"
              className="text-red-700 underline"
              onClick={() => {
                if (window.confirm("Move this source to the trash? An editor can restore it for 30 days."))
                  mutation.run(
                    () => removeSourceAction(workspaceId, source.id, { version: source.version }),
                    onChanged,
                  );
              }}
            >
              Remove<span className="sr-only"> source {source.title}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      <MutationError mutation={mutation} />
    </article>
  );
}

export function SourceSection({
  sources,
  claimId,
  workspaceId,
  canAdd,
  onChanged,
}: {
  sources: SourceView[];
  claimId: string;
  workspaceId: string;
  canAdd: boolean;
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const mutation = useMutation();
  return (
    <section aria-labelledby="sources-heading" className="space-y-2">
      <div className="flex items-center justify-between">
        <h3 id="sources-heading" className="text-sm font-semibold">
          Sources ({sources.length})
        </h3>
        {canAdd && !adding ? (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
            Add source
          </Button>
        ) : null}
      </div>
      {sources.length === 0 && !adding ? <p className="text-xs text-stone-600">No sources yet.</p> : null}
      <ul className="space-y-2">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceItem source={source} workspaceId={workspaceId} onChanged={onChanged} />
          </li>
        ))}
      </ul>
      {adding ? (
        <SourceForm
          submitLabel="Add source"
          pending={mutation.pending}
          fieldErrors={mutation.fieldErrors}
          error={mutation.error}
          canRetry={mutation.canRetry}
          onRetry={mutation.retry}
          onCancel={() => {
            setAdding(false);
            mutation.reset();
          }}
          onSubmit={(input) =>
            mutation.run(
              () => addSourceAction(workspaceId, claimId, input),
              () => {
                setAdding(false);
                onChanged();
              },
            )
          }
        />
      ) : null}
    </section>
  );
}
