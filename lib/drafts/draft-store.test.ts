import { describe, expect, it } from "vitest";
import {
  clearDraft,
  differsFrom,
  draftKey,
  isEmptyDraft,
  readDraft,
  writeDraft,
  type DraftStorage,
} from "./draft-store";

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const refusing: DraftStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("draft store", () => {
  it("keys drafts by user, claim and form, so no two collide", () => {
    const keys = [
      draftKey("u1", "c1", "note"),
      draftKey("u2", "c1", "note"),
      draftKey("u1", "c2", "note"),
      draftKey("u1", "c1", "verdict"),
      draftKey("u1|c1", "note", "x"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("round-trips a draft with lists and unicode, with when it was saved", () => {
    const storage = memoryStorage();
    const key = draftKey("u", "c", "verdict");
    const value = { rationale: "Le pont 🌉 coûte\n€4,5 M", sourceIds: ["s1", "s2"], ratingId: "" };
    expect(writeDraft(storage, key, value, new Date("2026-12-06T10:00:00Z"))).toBe(true);
    expect(readDraft(storage, key)).toEqual({ value, savedAt: "2026-12-06T10:00:00.000Z" });
    clearDraft(storage, key);
    expect(readDraft(storage, key)).toBeNull();
  });

  it("removes the draft instead of storing an empty one", () => {
    const storage = memoryStorage();
    const key = draftKey("u", "c", "note");
    writeDraft(storage, key, { body: "text" });
    writeDraft(storage, key, { body: "   " });
    expect(storage.map.size).toBe(0);
    expect(isEmptyDraft({ body: "", sourceIds: [] })).toBe(true);
    expect(isEmptyDraft({ sourceIds: ["s"] })).toBe(false);
  });

  it("ignores corrupt or foreign values instead of failing", () => {
    const storage = memoryStorage();
    const key = draftKey("u", "c", "note");
    for (const raw of ["{", "null", "[]", '{"value":{"body":3},"savedAt":"x"}', '{"value":{"body":"a"}}']) {
      storage.map.set(key, raw);
      expect(readDraft(storage, key)).toBeNull();
    }
  });

  it("survives a browser that refuses storage (private mode, quota): nothing thrown", () => {
    const key = draftKey("u", "c", "note");
    expect(writeDraft(refusing, key, { body: "x" })).toBe(false);
    expect(readDraft(refusing, key)).toBeNull();
    expect(() => clearDraft(refusing, key)).not.toThrow();
    expect(writeDraft(null, key, { body: "x" })).toBe(false);
  });

  it("tells a draft that says something new from one equal to what the form shows anyway", () => {
    expect(differsFrom({ body: "a" }, { body: "a" })).toBe(false);
    expect(differsFrom({ sourceIds: ["b", "a"] }, { sourceIds: ["a", "b"] })).toBe(false);
    expect(differsFrom({ body: "a", extra: "" }, { body: "a" })).toBe(false);
    expect(differsFrom({ body: "b" }, { body: "a" })).toBe(true);
    expect(differsFrom({ sourceIds: ["a"] }, { sourceIds: ["a", "b"] })).toBe(true);
  });
});
