"use client";

import { TimeStamp } from "@/components/ui/time-stamp";
import { useState } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { useMentionsAsNames } from "@/components/notifications/mention-members";
import type { NoteView } from "@/lib/claims/get-claim-detail";
import { draftKey } from "@/lib/drafts/draft-store";
import { createNoteAction, deleteNoteAction, setNoteThreadResolvedAction, updateNoteAction } from "../actions";
import { useMutation } from "./mutation";
import { NoteComposer } from "./note-composer";
import { ProvenanceLine } from "./provenance-line";
import { orderThreads, rememberedNoteOrder, rememberNoteOrder, threads, type NoteOrder } from "./note-threads";
import { MutationError } from "./mutation-error";

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
        <TimeStamp date={note.createdAt} />
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
      {!editing ? <MutationError mutation={mutation} /> : null}
    </article>
  );
}

/** "Resolve thread" on an open thread, "Reopen thread" on a resolved one (its author, editors). */
function ResolveThreadButton({
  root,
  workspaceId,
  onChanged,
}: {
  root: NoteView;
  workspaceId: string;
  onChanged: () => void;
}) {
  const mutation = useMutation();
  if (!root.canResolve) return null;
  const resolved = root.resolved !== null;
  return (
    <>
      <button
        type="button"
        className="text-xs text-accent underline disabled:opacity-60"
        disabled={mutation.pending}
        onClick={() =>
          mutation.run(() => setNoteThreadResolvedAction(workspaceId, root.id, { resolved: !resolved }), onChanged)
        }
      >
        {resolved ? "Reopen thread" : "Resolve thread"}
        <span className="sr-only"> started by {root.author.name}</span>
      </button>
      <MutationError mutation={mutation} />
    </>
  );
}

/** "Resolved by X" and when, above a resolved thread (collapsed until someone shows it). */
function ResolvedLine({ resolved }: { resolved: NonNullable<NoteView["resolved"]> }) {
  return (
    <span>
      <span aria-hidden="true">✓ </span>Resolved{resolved.by ? ` by ${resolved.by.name}` : ""}{" "}
      <TimeStamp date={resolved.at} />
    </span>
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
  const [order, setOrder] = useState<NoteOrder>(rememberedNoteOrder);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // Resolved threads stay folded to one line unless the reader opens them.
  const [openedResolved, setOpenedResolved] = useState<ReadonlySet<string>>(new Set());
  const create = useMutation();
  const reply = useMutation();
  const list = orderThreads(threads(notes), order);
  const toggleIn = (setter: typeof setCollapsed) => (id: string) =>
    setter((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggle = toggleIn(setCollapsed);
  const toggleResolved = toggleIn(setOpenedResolved);
  const draftScope = (form: string) => draftKey(userId, claimId, form);
  return (
    <section aria-labelledby="notes-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="notes-heading" className="text-sm font-semibold">
          Notes ({notes.filter((n) => !n.deleted).length})
        </h3>
        {list.length > 1 ? (
          <label className="text-xs text-stone-700">
            Order{" "}
            <select
              value={order}
              onChange={(event) => {
                const next = event.target.value as NoteOrder;
                setOrder(next);
                rememberNoteOrder(next);
              }}
              className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs"
            >
              <option value="oldest">Oldest first</option>
              <option value="newest">Newest first</option>
            </select>
          </label>
        ) : null}
      </div>
      {list.length === 0 ? <p className="text-xs text-stone-600">No notes yet.</p> : null}
      <ul className="space-y-3" aria-label="Note threads">
        {list.map(({ root, replies }) => {
          const folded = root.resolved !== null && !openedResolved.has(root.id);
          return (
            <li
              key={root.id}
              className={`rounded-md border p-2.5 ${root.resolved ? "border-stone-200 bg-stone-50" : "border-stone-200 bg-white"}`}
              data-note-thread={root.id}
              data-resolved={root.resolved ? "true" : undefined}
            >
              {root.resolved ? (
                <div className="mb-1 flex flex-wrap items-baseline gap-x-3 text-xs text-stone-700">
                  <ResolvedLine resolved={root.resolved} />
                  {folded ? (
                    <span>
                      Thread by {root.author.name}, {1 + replies.length} note{replies.length ? "s" : ""}
                    </span>
                  ) : null}
                  <button
                    type="button"
                    className="text-xs text-stone-700 underline"
                    aria-expanded={!folded}
                    onClick={() => toggleResolved(root.id)}
                  >
                    {folded ? "Show thread" : "Hide thread"}
                    <span className="sr-only"> started by {root.author.name}</span>
                  </button>
                  <ResolveThreadButton root={root} workspaceId={workspaceId} onChanged={onChanged} />
                </div>
              ) : null}
              {folded ? null : (
                <>
                  <NoteItem
                    note={root}
                    workspaceId={workspaceId}
                    draftScope={draftScope}
                    onChanged={onChanged}
                    onReply={canNote && !root.deleted ? () => setReplyTo(root.id) : undefined}
                  />
                  {replies.length ? (
                    <button
                      type="button"
                      className="mt-1 text-xs text-stone-700 underline"
                      aria-expanded={!collapsed.has(root.id)}
                      onClick={() => toggle(root.id)}
                    >
                      {collapsed.has(root.id) ? "Show" : "Hide"} {replies.length} repl
                      {replies.length === 1 ? "y" : "ies"}
                    </button>
                  ) : null}
                  {replies.length && !collapsed.has(root.id) ? (
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
                  {root.resolved || root.deleted ? null : (
                    <div className="mt-1">
                      <ResolveThreadButton root={root} workspaceId={workspaceId} onChanged={onChanged} />
                    </div>
                  )}
                </>
              )}
            </li>
          );
        })}
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
