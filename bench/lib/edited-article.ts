// The model both re-anchoring case generators edit: an article as blocks of sentences, claims as
// spans of sentences, and a ledger that keeps every claim in step with each edit. So a case knows
// each claim's true place afterwards, whether an edit touched its words, and whether its sentence
// was deleted.
import { CodePointIndex, describeRange, type ClaimSelectors } from "../../lib/anchoring";

export interface Sentence {
  id: number;
  text: string;
  /** Whitespace before it inside its paragraph. */
  gap: string;
  /** Copied from the pool of repeated sentences. */
  repeated?: boolean;
}
export interface Block {
  heading: boolean;
  sentences: Sentence[];
}
export interface ClaimSpan {
  sentenceId: number;
  from: number;
  to: number;
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

interface TrackedClaim extends ClaimSpan {
  length: number;
  /** Characters of the original claim text no edit has touched. */
  kept: number;
  touched: boolean;
  deleted: boolean;
}

export function render(blocks: Block[]): { text: string; at: Map<number, number> } {
  const at = new Map<number, number>();
  let text = "";
  blocks.forEach((block, b) => {
    if (b > 0) text += "\n\n";
    block.sentences.forEach((sentence, s) => {
      if (s > 0) text += sentence.gap;
      at.set(sentence.id, text.length);
      text += sentence.text;
    });
  });
  return { text, at };
}

/** The edits made to `blocks` after the claims were marked, and where each claim ends up. */
export class EditLedger {
  private readonly before: string;
  private readonly selectors: ClaimSelectors[];
  private readonly claims: TrackedClaim[];
  private readonly claimsOn = new Map<number, TrackedClaim[]>();
  private changed = 0;
  readonly edits: Record<string, number> = {};

  constructor(
    private readonly blocks: Block[],
    spans: ClaimSpan[],
  ) {
    const { text, at } = render(blocks);
    const index = new CodePointIndex(text);
    this.before = text;
    this.selectors = spans.map((c) => {
      const start = at.get(c.sentenceId)!;
      return describeRange(index, index.toCodePoint(start + c.from), index.toCodePoint(start + c.to));
    });
    this.claims = spans.map((c) => ({
      ...c,
      length: c.to - c.from,
      kept: c.to - c.from,
      touched: false,
      deleted: false,
    }));
    for (const claim of this.claims)
      this.claimsOn.set(claim.sentenceId, [...(this.claimsOn.get(claim.sentenceId) ?? []), claim]);
  }

  get oldLength(): number {
    return this.before.length;
  }

  get changedCharacters(): number {
    return this.changed;
  }

  count(kind: string, characters: number): void {
    this.edits[kind] = (this.edits[kind] ?? 0) + 1;
    this.changed += characters;
  }

  /** Replaces sentence.text[a, b) with `insert`, keeping the claims on the sentence in step. */
  splice(sentence: Sentence, a: number, b: number, insert: string, kind: string): void {
    if (sentence.text.slice(a, b) === insert) return;
    const delta = insert.length - (b - a);
    for (const claim of this.claimsOn.get(sentence.id) ?? []) {
      const overlaps = (b > claim.from && a < claim.to) || (a === b && a > claim.from && a < claim.to);
      if (!overlaps) {
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
    this.count(kind, Math.max(b - a, insert.length));
  }

  /** The sentence was removed: its claims are gone with it. */
  deleted(sentence: Sentence): void {
    for (const claim of this.claimsOn.get(sentence.id) ?? []) claim.deleted = true;
  }

  finish(): AnchoringCase {
    const after = render(this.blocks);
    const newIndex = new CodePointIndex(after.text);
    const truths = this.claims.map((claim, i): Truth => {
      const at = after.at.get(claim.sentenceId);
      if (claim.deleted || at === undefined) return { kind: "deleted", start: -1, end: -1 };
      const start = newIndex.toCodePoint(at + claim.from);
      const end = newIndex.toCodePoint(at + claim.to);
      // Edits can cancel out (a word replaced by the same word): the text decides.
      if (after.text.slice(at + claim.from, at + claim.to) === this.selectors[i]!.quote.exact)
        return { kind: "same", start, end };
      if (!claim.touched) throw new Error("benchmark bug: an untouched claim changed");
      return { kind: claim.kept < claim.length * 0.5 ? "rewritten" : "edited", start, end };
    });
    return {
      oldText: this.before,
      newText: after.text,
      claims: this.selectors,
      truths,
      editedShare: this.changed / this.before.length,
      edits: this.edits,
    };
  }
}
