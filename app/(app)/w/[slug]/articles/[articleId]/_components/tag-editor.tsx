"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { setClaimTagsAction } from "../actions";
import { useMutation } from "./mutation";
import { MutationError } from "./mutation-error";

export function TagEditor({
  workspaceId,
  claimId,
  tags,
  knownTags,
  editable,
  onChanged,
}: {
  workspaceId: string;
  claimId: string;
  tags: string[];
  knownTags: string[];
  editable: boolean;
  onChanged: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const mutation = useMutation();
  // Adds and removes, never the whole list: a colleague tagging the same claim keeps their tag.
  const change = (ops: { add: string[] } | { remove: string[] }, onSaved?: () => void) =>
    mutation.run(
      () => setClaimTagsAction(workspaceId, claimId, ops),
      () => {
        onSaved?.();
        onChanged();
      },
    );
  return (
    <div className="space-y-1.5">
      <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="flex items-center gap-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800">
            #{tag}
            {editable ? (
              <button
                type="button"
                className="text-stone-500 hover:text-red-700"
                onClick={() => change({ remove: [tag] })}
                disabled={mutation.pending}
              >
                <span aria-hidden>×</span>
                <span className="sr-only">Remove tag {tag}</span>
              </button>
            ) : null}
          </li>
        ))}
        {tags.length === 0 ? <li className="text-xs text-stone-500">No tags.</li> : null}
      </ul>
      {editable ? (
        <form
          className="flex gap-1.5"
          onSubmit={(event) => {
            event.preventDefault();
            const name = draft.trim();
            if (!name) return;
            // The typed name stays in the box until the tag is saved.
            change({ add: [name] }, () => setDraft(""));
          }}
        >
          <label htmlFor={id} className="sr-only">
            Add a tag
          </label>
          <input
            id={id}
            list={`${id}-known`}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="Add a tag"
            className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1 text-xs"
          />
          <datalist id={`${id}-known`}>
            {knownTags
              .filter((tag) => !tags.includes(tag))
              .map((tag) => (
                <option key={tag} value={tag} />
              ))}
          </datalist>
          <Button type="submit" size="sm" variant="secondary" disabled={mutation.pending || !draft.trim()}>
            Add
          </Button>
        </form>
      ) : null}
      <MutationError mutation={mutation} />
    </div>
  );
}
