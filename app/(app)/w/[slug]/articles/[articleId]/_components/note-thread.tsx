"use client";

import { useState } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { useMentionsAsNames } from "@/components/notifications/mention-members";
import type { NoteView } from "@/lib/claims/get-claim-detail";
import { draftKey } from "@/lib/drafts/draft-store";
import { createNoteAction, deleteNoteAction, updateNoteAction } from "../actions";
import { SaveError } from "@/components/ui/save-error";
import { useMutation } from "./mutation";
import { NoteComposer } from "./note-composer";
import { ProvenanceLine } from "./provenance-line";

function threads(notes: NoteView[]): { root: NoteView; replies: NoteView[] }[] {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const rootOf = (note: NoteView): NoteView => {
    let current = note;
    const seen = new Set<string>();
    while (current.replyToId && byId.has(current.replyToId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.replyToId)!;
    }
    return current;
  };
  const result = new Map<string, { root: NoteView; replies: NoteView[] }>();
  for (const note of notes) {
    const root = rootOf(note);
    const entry = result.get(root.id) ?? { root, replies: [] };
    if (root.id !== note.id) entry.replies.push(note);
    result.set(root.id, entry);
  }
  return [...result.values()].filter((thread) => !thread.root.deleted || thread.replies.length > 0);
}

function NoteItem({
  note,
  workspaceId,
  draftScope,
  onChanged,
  onReply,
}: {
  note: NoteView;
  workspaceId: string;
  draftScope: (form: string) => string;
  onChanged: () => void;
  onReply?: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const mutation = useMutation();
  const showNames = useMentionsAsNames();
  if (note.deleted) return <p className="text-xs italic text-stone-500">Note deleted.</p>;
  return (
    <article aria-label={`Note by ${note.author.name}`} className="space-y-1">
      <header className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-600">
        <span className="font-medium text-stone-900">{note.author.name}</span>
        <time dateTime={note.createdAt}>{new Date(note.createdAt).toLocaleString()}</time>
        {note.edited ? <span>(edited)</span> : null}
      </header>
      <ProvenanceLine provenance={note.provenance} />
      {editing ? (
        <NoteComposer
          label="Edit note"
          initial={note.body}
          draftKey={draftScope(`edit-note:${note.id}`)}
          submitLabel="Save"
          pending={mutation.pending}
          error={mutation.error}
          canRetry={mutation.canRetry}
          onRetry={mutation.retry}
          onCancel={() => {
            setEditing(false);
            mutation.reset();
          }}
          onSubmit={(body, done) =>
            mutation.run(
              (attempt) =>
                updateNoteAction(workspaceId, note.id, { body, version: attempt.currentVersion ?? note.version }),
              () => {
                done();
                setEditing(false);
                onChanged();
              },
            )
          }
        />
      ) : (
        <MarkdownView source={showNames(note.body)} />
      )}
      {!editing ? (
        <div className="flex gap-3 text-xs">
          {onReply ? (
            <button type="button" className="text-accent underline" onClick={onReply}>
              Reply<span className="sr-only"> to {note.author.name}</span>
            </button>
          ) : null}
          {note.canEdit ? (
            <button type="button" className="text-accent underline" onClick={() => setEditing(true)}>
              Edit
            </button>
          ) : null}
          {note.canDelete ? (
            <button
              type="button"
              className="text-red-700 underline"
              onClick={() => {
                if (window.confirm("Move this note to the trash? An editor can restore it for 30 days."))
                  mutation.run(() => deleteNoteAction(workspaceId, note.id, { version: note.version }), onChanged);
              }}
            >
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
      {!editing ? (
        <SaveError
          message={mutation.error}
          canRetry={mutation.canRetry}
          pending={mutation.pending}
          onRetry={mutation.retry}
        />
      ) : null}
    </article>
  );
}

export function NoteThread({
  notes,
  claimId,
  workspaceId,
  userId,
  canNote,
  onChanged,
}: {
  notes: NoteView[];
  claimId: string;
  workspaceId: string;
  userId: string;
  canNote: boolean;
  onChanged: () => void;
}) {
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const create = useMutation();
  const reply = useMutation();
  const list = threads(notes);
  const draftScope = (form: string) => draftKey(userId, claimId, form);
  return (
    <section aria-labelledby="notes-heading" className="space-y-3">
      <h3 id="notes-heading" className="text-sm font-semibold">
        Notes ({notes.filter((n) => !n.deleted).length})
      </h3>
      {list.length === 0 ? <p className="text-xs text-stone-600">No notes yet.</p> : null}
      <ul className="space-y-3">
        {list.map(({ root, replies }) => (
          <li key={root.id} className="rounded-md border border-stone-200 bg-white p-2.5">
            <NoteItem
              note={root}
              workspaceId={workspaceId}
              draftScope={draftScope}
              onChanged={onChanged}
              onReply={canNote && !root.deleted ? () => setReplyTo(root.id) : undefined}
            />
            {replies.length ? (
              <ul className="mt-2 space-y-2 border-l-2 border-stone-200 pl-3" aria-label="Replies">
                {replies.map((note) => (
                  <li key={note.id}>
                    <NoteItem
                      note={note}
                      workspaceId={workspaceId}
                      draftScope={draftScope}
                      onChanged={onChanged}
                      onReply={canNote ? () => setReplyTo(root.id) : undefined}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
            {replyTo === root.id ? (
              <div className="mt-2 border-l-2 border-accent pl-3">
                <NoteComposer
                  label={`Reply to ${root.author.name}`}
                  draftKey={draftScope(`reply:${root.id}`)}
                  submitLabel="Reply"
                  pending={reply.pending}
                  error={reply.error}
                  canRetry={reply.canRetry}
                  onRetry={reply.retry}
                  onCancel={() => {
                    setReplyTo(null);
                    reply.reset();
                  }}
                  onSubmit={(body, done) =>
                    reply.run(
                      () => createNoteAction(workspaceId, claimId, { body, replyToId: root.id }),
                      () => {
                        done();
                        setReplyTo(null);
                        onChanged();
                      },
                    )
                  }
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canNote ? (
        <NoteComposer
          label="Add a note"
          draftKey={draftScope("note")}
          submitLabel="Add note"
          pending={create.pending}
          error={create.error}
          canRetry={create.canRetry}
          onRetry={create.retry}
          onSubmit={(body, done) =>
            create.run(
              () => createNoteAction(workspaceId, claimId, { body }),
              () => {
                done();
                onChanged();
              },
            )
          }
        />
      ) : null}
    </section>
  );
}
