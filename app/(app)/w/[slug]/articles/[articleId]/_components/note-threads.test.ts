import { describe, expect, it } from "vitest";
import type { NoteView } from "@/lib/claims/get-claim-detail";
import { orderThreads, threads } from "./note-threads";

function note(id: string, createdAt: string, replyToId: string | null = null, deleted = false): NoteView {
  return { id, createdAt, replyToId, deleted } as NoteView;
}

const notes = [
  note("a", "2026-12-01T10:00:00Z"),
  note("b", "2026-12-02T10:00:00Z"),
  note("a2", "2026-12-03T10:00:00Z", "a"),
  note("a1", "2026-12-02T12:00:00Z", "a"),
  note("gone", "2026-12-04T10:00:00Z", null, true),
];

describe("note threads", () => {
  it("groups replies under their thread and leaves out deleted notes without replies", () => {
    expect(threads(notes).map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["a2", "a1"]],
      ["b", []],
    ]);
  });

  it("orders threads oldest or newest first, replies always oldest first", () => {
    const ids = (order: "oldest" | "newest") =>
      orderThreads(threads(notes), order).map((t) => [t.root.id, t.replies.map((r) => r.id)]);
    expect(ids("oldest")).toEqual([
      ["a", ["a1", "a2"]],
      ["b", []],
    ]);
    expect(ids("newest")).toEqual([
      ["b", []],
      ["a", ["a1", "a2"]],
    ]);
  });
});
