import { describe, expect, it } from "vitest";
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from "./code-points";
import { occurrencesAround, occurrencesIn } from "./occurrences";
import { reanchorClaims } from "./reanchor";
import { describeRange } from "./selectors";

const PARAGRAPHS = [
  "The council met on Tuesday to discuss the budget for the coming year.",
  "Officials said spending on roads would rise by twelve percent.",
  "A spokesperson declined to comment on the delays at the harbour.",
  "Residents complained about the noise from the new airport runway.",
  "The mayor promised a public hearing before the end of the month.",
  "Local businesses welcomed the plan to extend the tram line north.",
];
const TEXT = PARAGRAPHS.join("\n\n");

function claimOn(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const start = utf16ToCodePoint(text, at);
  return describeRange(text, start, start + codePointLength(needle));
}

const spanOf = (text: string, result: { start: number | null; end: number | null }) =>
  sliceCodePoints(text, result.start!, result.end!);

describe("reanchorClaims, claims the edit removed from their place", () => {
  it("finds a moved and edited sentence in the text the edit added, flagged as changed", () => {
    const sentence = PARAGRAPHS[2]!;
    const claim = claimOn(TEXT, sentence);
    const moved = "A spokesperson declined to comment on the long delays at the harbour.";
    const edited = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3], PARAGRAPHS[4], moved, PARAGRAPHS[5]].join("\n\n");
    const [result] = reanchorClaims(TEXT, edited, [claim]);
    expect(result).toMatchObject({ state: "changed", needsReview: true, method: "fuzzy" });
    expect(spanOf(edited, result!)).toBe(moved);
  });

  it("orphans a deleted sentence whose twin stays elsewhere unchanged (the twin is another passage)", () => {
    const repeated = `${TEXT}\n\n${PARAGRAPHS[3]}`;
    const claim = claimOn(repeated, PARAGRAPHS[3]!, 0);
    const edited = repeated.replace(`${PARAGRAPHS[3]}\n\n`, "");
    const [result] = reanchorClaims(repeated, edited, [claim]);
    expect(result!.state).toBe("orphaned");
  });

  it("keeps the copy of a repeated sentence that stayed and flags the copy that moved", () => {
    const twice = `${TEXT}\n\n${PARAGRAPHS[1]}`;
    const stays = claimOn(twice, PARAGRAPHS[1]!, 0);
    const moves = claimOn(twice, PARAGRAPHS[1]!, 1);
    // The second copy (the last paragraph) moves in front of the fifth paragraph.
    const edited = [...PARAGRAPHS.slice(0, 4), `${PARAGRAPHS[1]} ${PARAGRAPHS[4]}`, PARAGRAPHS[5]].join("\n\n");
    const [stayed, moved] = reanchorClaims(twice, edited, [stays, moves]);
    expect(stayed).toMatchObject({ state: "anchored", needsReview: false });
    expect(moved).toMatchObject({ state: "moved", needsReview: true });
    expect(moved!.start).toBe(utf16ToCodePoint(edited, edited.indexOf(`${PARAGRAPHS[1]} ${PARAGRAPHS[4]}`)));
  });

  it("flags, rather than trusts, a claim whose twin right beside it was deleted (the diff kept either copy)", () => {
    const twin = PARAGRAPHS[1]!;
    const old = `${PARAGRAPHS[0]} ${twin} ${twin} ${PARAGRAPHS[4]}`;
    const edited = `${PARAGRAPHS[0]} ${twin} ${PARAGRAPHS[4]}`;
    const claims = [
      claimOn(old, twin, 0),
      claimOn(old, twin, 1),
      claimOn(old, "spending on roads", 0),
      claimOn(old, "spending on roads", 1),
    ];
    const results = reanchorClaims(old, edited, claims);
    const kept = results.filter((r) => r.state !== "orphaned");
    expect(kept).toHaveLength(2);
    for (const result of kept) expect(result).toMatchObject({ needsReview: true, method: "diff" });
    expect(kept.map((r) => spanOf(edited, r))).toEqual([twin, "spending on roads"]);
  });

  it("searches the whole new text for selectors that do not describe the old text", () => {
    const stale = claimOn(TEXT, PARAGRAPHS[5]!);
    const older = `Preface.\n\n${TEXT}`;
    const [result] = reanchorClaims(older, `${TEXT} Updated.`, [
      { ...stale, position: { ...stale.position, start: stale.position.start + 3, end: stale.position.end + 3 } },
    ]);
    expect(result).toMatchObject({ state: "moved" });
    expect(spanOf(`${TEXT} Updated.`, result!)).toBe(PARAGRAPHS[5]);
  });
});

describe("occurrences", () => {
  const text = "ab ab ab ab ab";

  it("finds a piece only wholly inside the window", () => {
    expect(occurrencesIn(text, "ab", 0, text.length, 10)).toEqual([0, 3, 6, 9, 12]);
    expect(occurrencesIn(text, "ab", 1, 7, 10)).toEqual([3]);
    expect(occurrencesIn(text, "ab", 0, text.length, 2)).toEqual([0, 3]);
  });

  it("finds a piece around ranges, once where widened ranges meet", () => {
    expect(occurrencesAround(text, "ab", [{ start: 4, end: 5 }], 1, 1, 10)).toEqual([3]);
    expect(
      occurrencesAround(
        text,
        "ab",
        [
          { start: 4, end: 5 },
          { start: 6, end: 7 },
        ],
        2,
        2,
        10,
      ),
    ).toEqual([3, 6]);
    expect(
      occurrencesAround(
        text,
        "ab",
        [
          { start: 0, end: 1 },
          { start: 13, end: 14 },
        ],
        1,
        1,
        10,
      ),
    ).toEqual([0, 12]);
  });
});
