// A revision never changes once written (an edit adds a new one), so its text and parsed block
// list are read and parsed once per process and reused by every page view: the article page then
// reads only the article row, the claims and the rest that is live. Bounded by the characters it
// holds; the least recently read revision goes first.
import type { RevisionBlock } from "./revision-blocks";

export interface CachedRevision {
  id: string;
  number: number;
  text: string;
  blocks: RevisionBlock[];
  contentHash: string;
  createdAt: Date;
}

/** About 32 MB of text: a few hundred long articles. */
const MAX_CHARACTERS = 16_000_000;

export class RevisionCache {
  // A Map iterates in insertion order: re-inserting on each read keeps the oldest read first.
  readonly #entries = new Map<string, CachedRevision>();
  #characters = 0;

  constructor(private readonly maxCharacters = MAX_CHARACTERS) {}

  get(id: string): CachedRevision | undefined {
    const entry = this.#entries.get(id);
    if (entry) {
      this.#entries.delete(id);
      this.#entries.set(id, entry);
    }
    return entry;
  }

  set(revision: CachedRevision): void {
    if (revision.text.length > this.maxCharacters) return;
    const previous = this.#entries.get(revision.id);
    if (previous) {
      this.#entries.delete(revision.id);
      this.#characters -= previous.text.length;
    }
    this.#entries.set(revision.id, revision);
    this.#characters += revision.text.length;
    for (const [id, entry] of this.#entries) {
      if (this.#characters <= this.maxCharacters) break;
      this.#entries.delete(id);
      this.#characters -= entry.text.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

// One per process, kept on globalThis: Next.js may load this module once per server bundle.
const globalForRevisions = globalThis as unknown as { marginRevisionCache?: RevisionCache };
export const revisionCache = (globalForRevisions.marginRevisionCache ??= new RevisionCache());
