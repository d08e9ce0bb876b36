// Anchoring an import's selectors together: a quote in a repeated sentence whose own copy was
// edited is found edited in place (flagged), where its neighbours went, never on a twin unflagged.
import { describe, expect, it } from "vitest";
import { describeRange, sliceCodePoints } from "../anchoring";
import { anchorManySelectors, anchorSelectors } from "./create-claim-from-selectors";

const REPEATED = "The ministry said that exports rose by 12 percent in the first quarter.";
const old = Array.from({ length: 10 }, (_, i) =>
  i % 2 === 0
    ? `Report ${i} opened with figures from district ${i * 7}. ${REPEATED} Officials in zone ${i} gave no details.`
    : `Paragraph ${i} quoted a farmer from village ${i * 3}, who said harvest number ${i} was late.`,
).join("\n\n");

function selectorFor(needle: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = old.indexOf(needle, at + 1);
  const { quote, position } = describeRange(old, at, at + needle.length); // ASCII: code points = UTF-16
  return [quote, position];
}

describe("anchorManySelectors", () => {
  // The third copy of the repeated sentence (paragraph 4) is edited in place.
  const copyAt = old.indexOf(REPEATED, old.indexOf("Report 4 "));
  const edited = old.slice(0, copyAt) + REPEATED.replace("rose", "fell") + old.slice(copyAt + REPEATED.length);
  const claim = selectorFor("exports rose by 12 percent", 2);
  const neighbours = ["district 28", "zone 4 gave", "village 9", "village 15"].map((n) => selectorFor(n));

  it("finds the quote edited in place, flagged, where one at a time it would sit on a twin", () => {
    const alone = anchorSelectors(edited, claim);
    expect(alone.needsReview).toBe(true);
    const [together] = anchorManySelectors(edited, [claim, ...neighbours]);
    expect(together).toMatchObject({ state: "changed", needsReview: true });
    expect(sliceCodePoints(edited, together!.start!, together!.end!)).toBe("exports fell by 12 percent");
  });

  it("keeps the order given and anchors the neighbours exactly", () => {
    const results = anchorManySelectors(edited, [claim, ...neighbours]);
    expect(results.slice(1).map((r) => sliceCodePoints(edited, r.start!, r.end!))).toEqual([
      "district 28",
      "zone 4 gave",
      "village 9",
      "village 15",
    ]);
    expect(results.slice(1).every((r) => !r.needsReview)).toBe(true);
  });
});
