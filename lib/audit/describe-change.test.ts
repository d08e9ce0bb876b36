import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change";

describe("describeChange", () => {
  it("lists changed fields with before and after", () => {
    expect(
      describeChange({
        action: "verdict.update",
        before: { rating: "True", confidence: 80, version: 1 },
        after: { rating: "False", confidence: 80, version: 2 },
      }),
    ).toEqual({
      summary: "changed their verdict",
      details: ["Rating: True → False"],
    });
  });

  it("shows what a creation set and what a deletion removed", () => {
    expect(
      describeChange({ action: "source.create", before: null, after: { title: "Budget", stance: "refutes" } }).details,
    ).toEqual(["Stance: refutes", "Title: Budget"]);
    expect(describeChange({ action: "note.delete", before: { body: "Gone" }, after: null }).details).toEqual([
      "Text was: Gone",
    ]);
  });

  it("speaks the reader's words: status names, percentages, yes and no, never offsets", () => {
    expect(
      describeChange({
        action: "claim.status_change",
        before: { status: "in_review" },
        after: { status: "verdict_proposed" },
      }).details,
    ).toEqual(["Status: In review → Verdict proposed"]);
    expect(
      describeChange({
        action: "claim.reanchor",
        before: { start: 10, end: 20, anchorState: "anchored" },
        after: { start: 40, end: 50, anchorState: "orphaned" },
      }).details,
    ).toEqual(["Place in the text: in place → lost (needs re-anchoring)"]);
    expect(
      describeChange({
        action: "verdict.update",
        before: { confidence: 70, published: false },
        after: { confidence: 85, published: true },
      }).details,
    ).toEqual(["Confidence: 70% → 85%", "Published: no → yes"]);
  });

  it("says why a redacted entry shows nothing", () => {
    expect(describeChange({ action: "verdict.submit", before: null, after: null, redacted: true }).details[0]).toMatch(
      /blind review/,
    );
  });

  it("says who deleted what an entry is about, without its content", () => {
    const deleted = {
      action: "note.create",
      before: null,
      after: null,
      redacted: true,
      redactedReason: "deleted" as const,
    };
    expect(
      describeChange({ ...deleted, deletion: { state: "in_trash", by: { name: "Elena Editor" } } }).details,
    ).toEqual(["Deleted by Elena Editor (in the trash); its content is not shown."]);
    expect(describeChange({ ...deleted, deletion: { state: "deleted", by: null } }).details).toEqual([
      "Deleted; its content is not shown.",
    ]);
  });

  it("names restores, purges and the automatic purge", () => {
    expect(describeChange({ action: "note.restore", before: null, after: null }).summary).toBe(
      "restored a note from the trash",
    );
    expect(describeChange({ action: "claim.purge", before: null, after: null, actor: { name: "Ada" } }).summary).toBe(
      "purged the claim from the trash",
    );
    expect(describeChange({ action: "claim.purge", before: null, after: null, actor: null }).summary).toMatch(
      /30 days had passed/,
    );
  });

  it("shortens long values and names unknown actions readably", () => {
    const long = "x".repeat(200);
    expect(
      describeChange({ action: "note.update", before: { body: "a" }, after: { body: long } }).details[0]!.length,
    ).toBeLessThan(100);
    expect(describeChange({ action: "thing.did_stuff", before: null, after: null }).summary).toBe("thing did stuff");
  });
});
