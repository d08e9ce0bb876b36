import { describe, expect, it } from "vitest";
import type { ChangeEvent } from "./change-event";
import { MAX_NOTIFY_PAYLOAD_BYTES, splitIntoPayloads } from "./notify-payload";

const change = (id: number, action = "note.created"): ChangeEvent => ({
  kind: "change",
  id,
  workspaceId: "w".repeat(25),
  articleId: "a".repeat(25),
  claimId: "c".repeat(25),
  action,
  entityType: "note",
  entityId: "n".repeat(25),
  actorId: "u".repeat(25),
  at: new Date(0).toISOString(),
});

describe("splitIntoPayloads", () => {
  it("keeps a small batch in one envelope that round-trips", () => {
    const events = [change(1), change(2)];
    const payloads = splitIntoPayloads("origin-1", events);
    expect(payloads).toHaveLength(1);
    expect(JSON.parse(payloads[0]!)).toEqual({ o: "origin-1", e: events });
  });

  it("splits a large batch under the byte limit without losing or reordering events", () => {
    // Multi-byte characters: the limit is in bytes, not string length.
    const events = Array.from({ length: 400 }, (_, i) => change(i + 1, `note.créé.${"é".repeat(i % 7)}`));
    const payloads = splitIntoPayloads("origin-1", events);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_NOTIFY_PAYLOAD_BYTES);
    const joined = payloads.flatMap((p) => (JSON.parse(p) as { e: ChangeEvent[] }).e);
    expect(joined).toEqual(events);
  });

  it("packs envelopes full rather than one event each", () => {
    const events = Array.from({ length: 100 }, (_, i) => change(i + 1));
    const one = Buffer.byteLength(JSON.stringify(events[0]));
    const payloads = splitIntoPayloads("o", events, 10 * one);
    expect(payloads.length).toBeLessThanOrEqual(Math.ceil(100 / 9));
  });

  it("refuses an event that cannot fit in any notification", () => {
    expect(() => splitIntoPayloads("o", [change(1, "x".repeat(9000))])).toThrow(/does not fit/);
  });
});
