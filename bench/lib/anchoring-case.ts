// A re-anchoring benchmark case: a ~100 KB article, 1,000 claims, and an edit that changes about 5%
// of the text in small edits scattered over the whole article. Every edit is applied to a model of
// the article (blocks of sentences), so the case knows each claim's true place afterwards, whether
// the edit touched its words, and whether its sentence was deleted.
import { EditLedger, type AnchoringCase, type Block, type ClaimSpan } from "./edited-article";
import { EDIT_WORDS, newsHeading, newsSentence } from "./news-text";
import { pick, prng } from "./prng";

export type { AnchoringCase, Truth, TruthKind } from "./edited-article";

const TARGET_LENGTH = 100_000;
const CLAIM_COUNT = 1000;

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
  const claims: ClaimSpan[] = [];
  while (claims.length < CLAIM_COUNT) {
    const sentence = pick(random, body);
    const spans = claimSpans(sentence.text);
    // Whole sentences half of the time, otherwise a clause.
    const [from, to] = random() < 0.5 ? spans[0]! : pick(random, spans);
    const key = `${sentence.id}:${from}:${to}`;
    if (to - from < 12 || seen.has(key)) continue;
    seen.add(key);
    claims.push({ sentenceId: sentence.id, from, to });
  }
  const ledger = new EditLedger(blocks, claims);
  const splice = ledger.splice.bind(ledger);
  const count = ledger.count.bind(ledger);

  const wordStarts = (text: string) => [0, ...[...text.matchAll(/ /g)].map((m) => m.index + 1)];
  const live = () => {
    const block = pick(random, blocks);
    return block.heading ? null : { block, index: Math.floor(random() * block.sentences.length) };
  };
  while (ledger.changedCharacters < ledger.oldLength * 0.05) {
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
      ledger.deleted(sentence);
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

  return ledger.finish();
}
