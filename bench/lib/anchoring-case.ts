// A re-anchoring benchmark case: a ~100 KB article, 1,000 claims, and an edit that changes about 5%
// of the text in small edits scattered over the whole article. Every edit is applied to a model of
// the article (blocks of sentences), so the case knows each claim's true place afterwards, whether
// the edit touched its words, and whether its sentence was deleted.
import { CodePointIndex, describeRange, type ClaimSelectors } from "../../lib/anchoring";
import { EDIT_WORDS, newsHeading, newsSentence } from "./news-text";
import { pick, prng } from "./prng";

interface Sentence {
  id: number;
  text: string;
  /** Whitespace before it inside its paragraph. */
  gap: string;
}
interface Block {
  heading: boolean;
  sentences: Sentence[];
}
interface Claim {
  sentenceId: number;
  from: number;
  to: number;
  length: number;
  /** Characters of the original claim text no edit has touched. */
  kept: number;
  touched: boolean;
  deleted: boolean;
}

/** same: the words are intact (maybe elsewhere); edited: an edit changed them; rewritten: most of them are gone; deleted: the sentence was removed. */
export type TruthKind = "same" | "edited" | "rewritten" | "deleted";
export interface Truth {
  kind: TruthKind;
  /** Code points in the new text; -1 when deleted. */
  start: number;
  end: number;
}
export interface AnchoringCase {
  oldText: string;
  newText: string;
  claims: ClaimSelectors[];
  truths: Truth[];
  /** Changed characters (max of removed and inserted, per edit) over the old text's length. */
  editedShare: number;
  edits: Record<string, number>;
}

const TARGET_LENGTH = 100_000;
const CLAIM_COUNT = 1000;

function render(blocks: Block[]): { text: string; at: Map<number, number> } {
  const at = new Map<number, number>();
  const parts: string[] = [];
  let length = 0;
  blocks.forEach((block, b) => {
    const push = (part: string) => {
      parts.push(part);
      length += part.length;
    };
    if (b > 0) push("\n\n");
    block.sentences.forEach((sentence, s) => {
      if (s > 0) push(sentence.gap);
      at.set(sentence.id, length);
      push(sentence.text);
    });
  });
  return { text: parts.join(""), at };
}

/** Claim spans inside a sentence: the whole sentence, or a clause of it. */
function claimSpans(text: string): [number, number][] {
  const spans: [number, number][] = [[0, text.length]];
  const by = text.indexOf(" by ");
  const that = text.indexOf("that ");
  const comma = text.indexOf(", ");
  if (by > 10) spans.push([0, by]);
  if (that > 0) spans.push([that, text.length - 1]);
  if (by > 0) spans.push([by + 1, text.length - 1]);
  if (comma > 10 && !text.startsWith("“")) spans.push([comma + 2, text.length - 1]);
  return spans;
}

export function buildAnchoringCase(options: { seed: number; repeats: boolean }): AnchoringCase {
  const random = prng(options.seed);
  const pool = Array.from({ length: 25 }, () => newsSentence(random));
  // In the repeats case 40% of sentences are copies from a pool of 25: only context tells them apart.
  const sentenceText = () => (options.repeats && random() < 0.4 ? pick(random, pool) : newsSentence(random));
  let nextId = 0;
  const blocks: Block[] = [];
  for (let length = 0; length < TARGET_LENGTH;) {
    if (blocks.length > 0 && random() < 0.08)
      blocks.push({ heading: true, sentences: [{ id: nextId++, text: newsHeading(random), gap: "" }] });
    const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, () => ({
      id: nextId++,
      text: sentenceText(),
      gap: " ",
    }));
    blocks.push({ heading: false, sentences });
    length += sentences.reduce((sum, s) => sum + s.text.length + 1, 2);
  }

  const body = blocks.filter((b) => !b.heading).flatMap((b) => b.sentences);
  const seen = new Set<string>();
  const claims: Claim[] = [];
  while (claims.length < CLAIM_COUNT) {
    const sentence = pick(random, body);
    const spans = claimSpans(sentence.text);
    // Whole sentences half of the time, otherwise a clause.
    const [from, to] = random() < 0.5 ? spans[0]! : pick(random, spans);
    const key = `${sentence.id}:${from}:${to}`;
    if (to - from < 12 || seen.has(key)) continue;
    seen.add(key);
    claims.push({
      sentenceId: sentence.id,
      from,
      to,
      length: to - from,
      kept: to - from,
      touched: false,
      deleted: false,
    });
  }
  const before = render(blocks);
  const oldIndex = new CodePointIndex(before.text);
  const selectors = claims.map((c) => {
    const at = before.at.get(c.sentenceId)!;
    return describeRange(oldIndex, oldIndex.toCodePoint(at + c.from), oldIndex.toCodePoint(at + c.to));
  });

  const claimsOn = new Map<number, Claim[]>();
  for (const claim of claims) claimsOn.set(claim.sentenceId, [...(claimsOn.get(claim.sentenceId) ?? []), claim]);
  const edits: Record<string, number> = {};
  let changed = 0;
  const count = (kind: string, characters: number) => {
    edits[kind] = (edits[kind] ?? 0) + 1;
    changed += characters;
  };

  /** Replaces sentence.text[a, b) with `insert`, keeping the claims on the sentence in step. */
  const splice = (sentence: Sentence, a: number, b: number, insert: string, kind: string) => {
    if (sentence.text.slice(a, b) === insert) return;
    const delta = insert.length - (b - a);
    for (const claim of claimsOn.get(sentence.id) ?? []) {
      const inside = a > claim.from && a < claim.to;
      const overlaps = b > claim.from && a < claim.to;
      if (!inside && !overlaps) {
        if (b <= claim.from) {
          claim.from += delta;
          claim.to += delta;
        }
        continue;
      }
      claim.touched = true;
      claim.kept -= Math.max(0, Math.min(b, claim.to) - Math.max(a, claim.from));
      const to = claim.to >= b ? claim.to + delta : a + insert.length;
      claim.from = Math.min(claim.from, a);
      claim.to = to;
    }
    sentence.text = sentence.text.slice(0, a) + insert + sentence.text.slice(b);
    count(kind, Math.max(b - a, insert.length));
  };

  const wordStarts = (text: string) => [0, ...[...text.matchAll(/ /g)].map((m) => m.index + 1)];
  const live = () => {
    const block = pick(random, blocks);
    return block.heading ? null : { block, index: Math.floor(random() * block.sentences.length) };
  };
  while (changed < before.text.length * 0.05) {
    const place = live();
    if (!place) continue;
    const { block, index } = place;
    const sentence = block.sentences[index];
    if (!sentence) continue;
    const text = sentence.text;
    const starts = wordStarts(text);
    const roll = random();
    if (roll < 0.22) {
      // Replace one to three words with others.
      const w = Math.floor(random() * starts.length);
      const end = starts[Math.min(starts.length - 1, w + 1 + Math.floor(random() * 3))]! - 1;
      const a = starts[w]!;
      if (end > a) splice(sentence, a, end, pick(random, EDIT_WORDS), "replace words");
    } else if (roll < 0.32) {
      // Fix a typo: one character replaced, inserted or dropped inside a word.
      const a = Math.floor(random() * text.length);
      if (/\p{L}/u.test(text.charAt(a)))
        splice(sentence, a, a + Math.floor(random() * 2), pick(random, ["e", "a", "n", "", "s"]), "typo");
    } else if (roll < 0.42) {
      const a = pick(random, starts.slice(1));
      if (a) splice(sentence, a, a, `${pick(random, EDIT_WORDS)} `, "insert words");
    } else if (roll < 0.47) {
      const digits = [...text.matchAll(/\d+/g)];
      const match = digits.length ? pick(random, digits) : null;
      if (match)
        splice(
          sentence,
          match.index,
          match.index + match[0].length,
          String(Math.floor(random() * 900) + 10),
          "correct a figure",
        );
    } else if (roll < 0.52) {
      const by = text.indexOf(" by ");
      if (by > 0)
        splice(
          sentence,
          by + 1,
          text.length - 1,
          `by ${pick(random, EDIT_WORDS)} ${pick(random, ["this year", "in the north", "since the flood"])}`,
          "rewrite a clause",
        );
    } else if (roll < 0.55) {
      // Whitespace: a double space inside the sentence, or between sentences.
      const a = pick(random, starts.slice(1));
      if (a && random() < 0.5) splice(sentence, a - 1, a, "  ", "whitespace");
      else if (index > 0) {
        sentence.gap = pick(random, ["  ", "\n"]);
        count("whitespace", 1);
      }
    } else if (roll < 0.58) {
      // Split a paragraph in two, or join it with the next one.
      const b = blocks.indexOf(block);
      const next = blocks[b + 1];
      if (index > 0) {
        blocks.splice(b + 1, 0, { heading: false, sentences: block.sentences.splice(index) });
        count("split or join paragraphs", 2);
      } else if (next && !next.heading) {
        block.sentences.push(...blocks.splice(b + 1, 1)[0]!.sentences);
        count("split or join paragraphs", 2);
      }
    } else if (roll < 0.75) {
      block.sentences.splice(index, 1);
      for (const claim of claimsOn.get(sentence.id) ?? []) claim.deleted = true;
      count("delete a sentence", text.length + 1);
    } else if (roll < 0.93) {
      const inserted = { id: nextId++, text: sentenceText(), gap: " " };
      block.sentences.splice(index, 0, inserted);
      count("insert a sentence", inserted.text.length + 1);
    } else if (roll < 0.96) {
      const heading = { heading: true, sentences: [{ id: nextId++, text: newsHeading(random), gap: "" }] };
      blocks.splice(blocks.indexOf(block), 0, heading);
      count("insert a subheading", heading.sentences[0]!.text.length + 2);
    } else {
      block.sentences.splice(index, 1);
      const target = pick(
        random,
        blocks.filter((b) => !b.heading),
      );
      target.sentences.splice(Math.floor(random() * (target.sentences.length + 1)), 0, sentence);
      count("move a sentence", text.length + 1);
    }
    for (let b = blocks.length - 1; b >= 0; b--) if (blocks[b]!.sentences.length === 0) blocks.splice(b, 1);
  }

  const after = render(blocks);
  const newIndex = new CodePointIndex(after.text);
  const truths = claims.map((claim, i): Truth => {
    const at = after.at.get(claim.sentenceId);
    if (claim.deleted || at === undefined) return { kind: "deleted", start: -1, end: -1 };
    const start = newIndex.toCodePoint(at + claim.from);
    const end = newIndex.toCodePoint(at + claim.to);
    // Edits can cancel out (a word replaced by the same word): the text decides.
    if (after.text.slice(at + claim.from, at + claim.to) === selectors[i]!.quote.exact)
      return { kind: "same", start, end };
    if (!claim.touched) throw new Error("benchmark bug: an untouched claim changed");
    return { kind: claim.kept < claim.length * 0.5 ? "rewritten" : "edited", start, end };
  });
  return {
    oldText: before.text,
    newText: after.text,
    claims: selectors,
    truths,
    editedShare: changed / before.text.length,
    edits,
  };
}
