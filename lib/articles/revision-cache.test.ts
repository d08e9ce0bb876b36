import { describe, expect, it } from "vitest";
import { RevisionCache, type CachedRevision } from "./revision-cache";

const revision = (id: string, text: string): CachedRevision => ({
  id,
  number: 1,
  text,
  blocks: [{ type: "paragraph", start: 0, end: [...text].length }],
  contentHash: id,
  createdAt: new Date(0),
});

describe("RevisionCache", () => {
  it("answers a revision it holds and nothing for one it does not", () => {
    const cache = new RevisionCache(100);
    cache.set(revision("a", "Some text."));
    expect(cache.get("a")?.text).toBe("Some text.");
    expect(cache.get("b")).toBeUndefined();
  });

  it("lets the least recently read revision go first when over its size", () => {
    const cache = new RevisionCache(25);
    cache.set(revision("a", "a".repeat(10)));
    cache.set(revision("b", "b".repeat(10)));
    cache.get("a");
    cache.set(revision("c", "c".repeat(10)));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it("does not hold a revision larger than the whole cache", () => {
    const cache = new RevisionCache(5);
    cache.set(revision("a", "too long"));
    expect(cache.size).toBe(0);
  });

  it("counts a revision stored twice once", () => {
    const cache = new RevisionCache(25);
    cache.set(revision("a", "a".repeat(10)));
    cache.set(revision("a", "a".repeat(10)));
    cache.set(revision("b", "b".repeat(10)));
    expect(cache.size).toBe(2);
  });
});
