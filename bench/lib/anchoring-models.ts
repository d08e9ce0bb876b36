// Re-anchoring cases under separate edit models, beyond the mixed edit of anchoring-case.ts: in-place
// word substitutions (5, 10, 20% of words), typo noise, sentence reordering, paragraph splits, and
// any of them on boilerplate text (a share of sentences copied from a small pool). Seeded and
// deterministic. Every edit is applied to a model of the article (sentences in paragraphs), so each
// claim's true place afterwards is known, or that it is gone (its sentence deleted, or most of its
// characters edited away).
import { EditLedger, type AnchoringCase, type Block, type ClaimSpan, type Sentence } from "./edited-article";
import { EDIT_WORDS, newsHeading, newsSentence } from "./news-text";
import { pick, prng } from "./prng";

export type EditModel =
  "substitute 5%" | "substitute 10%" | "substitute 20%" | "typos" | "reorder" | "split paragraphs" | "mixed";

export interface ModelCaseOptions {
  seed: number;
  model: EditModel;
  /** Share of sentences copied from a pool of 25 (0.4: heavy boilerplate). */
  repeats: number;
  length?: number;
  claims?: number;
}

/** Words put in place of others by the substitution models. */
const VOCABULARY = [
  ...new Set(
    [
      ...EDIT_WORDS,
      "rose fell grew shrank ministry bank council agency union office province capital region",
      "reported said warned noted claimed denied confirmed estimated announced argued",
      "quarter year decade month winter election border cities data prices wages exports",
    ]
      .join(" ")
      .split(" "),
  ),
];

/** [start, end) of each word (a run of non-space characters). */
function words(text: string): [number, number][] {
  return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
}

export function buildModelCase(options: ModelCaseOptions): AnchoringCase {
  const random = prng(options.seed * 7919 + options.model.length);
  const targetLength = options.length ?? 100_000;
  const claimCount = options.claims ?? 1000;
  const pool = Array.from({ length: 25 }, () => newsSentence(random));
  let nextId = 0;
  const sentence = (): Sentence => {
    const repeated = random() < options.repeats;
    return { id: nextId++, text: repeated ? pick(random, pool) : newsSentence(random), gap: " ", repeated };
  };
  const blocks: Block[] = [];
  for (let length = 0; length < targetLength;) {
    if (blocks.length > 0 && random() < 0.08)
      blocks.push({
        heading: true,
        sentences: [{ id: nextId++, text: newsHeading(random), gap: "", repeated: false }],
      });
    const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, sentence);
    blocks.push({ heading: false, sentences });
    length += sentences.reduce((sum, s) => sum + s.text.length + 1, 2);
  }

  // Claims of varied length: a word or two, a few words, a clause, a whole sentence; with
  // boilerplate, half of them inside repeated sentences (only context and position tell them apart).
  const body = blocks.filter((b) => !b.heading).flatMap((b) => b.sentences);
  const repeatedOnes = body.filter((s) => s.repeated);
  const seen = new Set<string>();
  const claims: ClaimSpan[] = [];
  while (claims.length < claimCount) {
    const host = repeatedOnes.length && random() < 0.5 ? pick(random, repeatedOnes) : pick(random, body);
    const spans = words(host.text);
    const roll = random();
    const count =
      roll < 0.25
        ? 1 + Math.floor(random() * 2)
        : roll < 0.5
          ? 3 + Math.floor(random() * 4)
          : roll < 0.75
            ? Math.ceil(spans.length / 2)
            : spans.length;
    const first = Math.floor(random() * Math.max(1, spans.length - count + 1));
    const from = spans[first]![0];
    const to = spans[Math.min(spans.length, first + count) - 1]![1];
    const key = `${host.id}:${from}:${to}`;
    if (to - from < 5 || seen.has(key)) continue;
    seen.add(key);
    claims.push({ sentenceId: host.id, from, to });
  }
  const ledger = new EditLedger(blocks, claims);
  const splice = ledger.splice.bind(ledger);
  const count = ledger.count.bind(ledger);
  const bodySentences = () => blocks.filter((b) => !b.heading).flatMap((b) => b.sentences);
  const wordCount = bodySentences().reduce((sum, s) => sum + words(s.text).length, 0);

  const substitute = (share: number) => {
    for (let n = Math.round(wordCount * share); n > 0; n--) {
      const s = pick(random, bodySentences());
      const [a, b] = pick(random, words(s.text));
      // The word's letters and digits; punctuation around it stays.
      const core = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(s.text.slice(a, b));
      if (!core) continue;
      const start = a + core.index;
      let word = pick(random, VOCABULARY);
      while (word === core[0]) word = pick(random, VOCABULARY);
      splice(s, start, start + core[0].length, word, "substitute a word");
    }
  };
  const typos = (share: number) => {
    for (let n = Math.round(wordCount * share); n > 0; n--) {
      const s = pick(random, bodySentences());
      const [a, b] = pick(random, words(s.text));
      const at = a + Math.floor(random() * (b - a));
      if (!/\p{L}/u.test(s.text.charAt(at))) continue;
      const roll = random();
      const letter = pick(random, [..."etaoinsrhl"]);
      if (roll < 0.4) splice(s, at, at + 1, letter, "typo");
      else if (roll < 0.6) splice(s, at, at, letter, "typo");
      else if (roll < 0.8) splice(s, at, at + 1, "", "typo");
      else if (at + 1 < b) splice(s, at, at + 2, s.text.charAt(at + 1) + s.text.charAt(at), "typo");
    }
  };
  const removeEmpty = () => {
    for (let b = blocks.length - 1; b >= 0; b--) if (blocks[b]!.sentences.length === 0) blocks.splice(b, 1);
  };
  const paragraphs = () => blocks.filter((b) => !b.heading);
  const reorder = (share: number) => {
    const total = bodySentences().length;
    for (let n = Math.round(total * share); n > 0; n--) {
      const from = pick(random, paragraphs());
      const [moved] = from.sentences.splice(Math.floor(random() * from.sentences.length), 1);
      if (!moved) continue;
      // Half of the moves swap neighbours, half carry a sentence anywhere.
      const to = random() < 0.5 ? from : pick(random, paragraphs());
      to.sentences.splice(Math.floor(random() * (to.sentences.length + 1)), 0, moved);
      count("move a sentence", moved.text.length + 1);
      removeEmpty();
    }
  };
  const deleteAndInsert = (share: number) => {
    const total = bodySentences().length;
    for (let n = Math.round(total * share); n > 0; n--) {
      const block = pick(random, paragraphs());
      const index = Math.floor(random() * block.sentences.length);
      if (random() < 0.5) {
        const [gone] = block.sentences.splice(index, 1);
        ledger.deleted(gone!);
        count("delete a sentence", gone!.text.length + 1);
      } else {
        const added = sentence();
        block.sentences.splice(index, 0, added);
        count("insert a sentence", added.text.length + 1);
      }
      removeEmpty();
    }
  };
  const splitParagraphs = (share: number) => {
    for (let n = Math.round(paragraphs().length * share); n > 0; n--) {
      const block = pick(random, paragraphs());
      const b = blocks.indexOf(block);
      const roll = random();
      if (roll < 0.5 && block.sentences.length > 1) {
        blocks.splice(b + 1, 0, {
          heading: false,
          sentences: block.sentences.splice(1 + Math.floor(random() * (block.sentences.length - 1))),
        });
        count("split a paragraph", 2);
      } else if (roll < 0.75 && blocks[b + 1] && !blocks[b + 1]!.heading) {
        block.sentences.push(...blocks.splice(b + 1, 1)[0]!.sentences);
        count("join paragraphs", 2);
      } else if (block.sentences.length > 1) {
        block.sentences[1 + Math.floor(random() * (block.sentences.length - 1))]!.gap = pick(random, ["  ", "\n"]);
        count("line break or double space", 1);
      }
    }
  };

  switch (options.model) {
    case "substitute 5%":
      substitute(0.05);
      break;
    case "substitute 10%":
      substitute(0.1);
      break;
    case "substitute 20%":
      substitute(0.2);
      break;
    case "typos":
      typos(0.05);
      break;
    case "reorder":
      reorder(0.1);
      deleteAndInsert(0.03);
      break;
    case "split paragraphs":
      splitParagraphs(0.4);
      break;
    case "mixed":
      substitute(0.05);
      typos(0.02);
      reorder(0.05);
      deleteAndInsert(0.03);
      splitParagraphs(0.2);
      break;
  }

  return ledger.finish();
}
