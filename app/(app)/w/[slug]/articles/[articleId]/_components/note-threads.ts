import type { NoteView } from "@/lib/claims/get-claim-detail";

export type NoteOrder = "oldest" | "newest";
export interface Thread {
  root: NoteView;
  replies: NoteView[];
}

/** Notes grouped under the note each thread starts with; threads whose every note is deleted are left out. */
export function threads(notes: NoteView[]): Thread[] {
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
  const result = new Map<string, Thread>();
  for (const note of notes) {
    const root = rootOf(note);
    const entry = result.get(root.id) ?? { root, replies: [] };
    if (root.id !== note.id) entry.replies.push(note);
    result.set(root.id, entry);
  }
  return [...result.values()].filter((thread) => !thread.root.deleted || thread.replies.length > 0);
}

/** Threads by when they started, oldest or newest first; replies always read in order, oldest first. */
export function orderThreads(list: Thread[], order: NoteOrder): Thread[] {
  const at = (note: NoteView) => Date.parse(note.createdAt);
  const sorted = list
    .map((thread) => ({ ...thread, replies: [...thread.replies].sort((a, b) => at(a) - at(b)) }))
    .sort((a, b) => at(a.root) - at(b.root));
  return order === "newest" ? sorted.reverse() : sorted;
}

const ORDER_KEY = "margin:note-order";

/** The order this browser chose last time (oldest first until one chooses). */
export function rememberedNoteOrder(): NoteOrder {
  try {
    return window.localStorage.getItem(ORDER_KEY) === "newest" ? "newest" : "oldest";
  } catch {
    return "oldest";
  }
}

export function rememberNoteOrder(order: NoteOrder): void {
  try {
    window.localStorage.setItem(ORDER_KEY, order);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}
