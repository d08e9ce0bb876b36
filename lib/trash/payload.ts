// What a trash item keeps of a deleted entity: its rows and every row that was deleted with it,
// as JSON, so restoring can put the same rows back (same ids, same times). Rows are stored whole
// (every column), so a column added later is kept without touching this file.
import type { Prisma } from "../db/client";
import { AppError } from "../errors/app-error";

type Article = Prisma.ArticleModel;
type ArticleRevision = Prisma.ArticleRevisionModel;
type Assignment = Prisma.AssignmentModel;
type Claim = Prisma.ClaimModel;
type FinalVerdict = Prisma.FinalVerdictModel;
type FinalVerdictCorrection = Prisma.FinalVerdictCorrectionModel;
type Note = Prisma.NoteModel;
type Source = Prisma.SourceModel;
type SuggestionDismissal = Prisma.SuggestionDismissalModel;
type Verdict = Prisma.VerdictModel;

/** A row as JSON gives it back: dates become ISO strings (which Prisma accepts for dates). */
export type Stored<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Stored<U>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;

/** A claim with everything that is deleted with it. Tags are kept by name (tags are shared). */
export interface ClaimGraph {
  claim: Claim;
  tags: string[];
  notes: { row: Note; tags: string[] }[];
  sources: Source[];
  verdicts: { row: Verdict; sourceIds: string[]; rating: string }[];
  /** `corrections`: its public corrections log (absent from items put in the trash before it was kept). */
  finalVerdict: { row: FinalVerdict; rating: string; corrections?: FinalVerdictCorrection[] } | null;
  assignments: Assignment[];
}

export interface ArticleGraph {
  article: Article;
  revisions: ArticleRevision[];
  claims: ClaimGraph[];
  /** Assignments of the whole article (claim assignments travel with their claim). */
  assignments: Assignment[];
  dismissals: SuggestionDismissal[];
}

export type TrashPayload =
  | { format: 1; kind: "claim"; graph: ClaimGraph }
  | { format: 1; kind: "article"; graph: ArticleGraph }
  /** `tombstone`: the row stayed in its thread, emptied, because it had replies. */
  | { format: 1; kind: "note"; note: Note; tags: string[]; tombstone: boolean }
  | { format: 1; kind: "source"; source: Source; verdictIds: string[] };

export type StoredPayload = Stored<TrashPayload>;
export type StoredClaimGraph = Stored<ClaimGraph>;

export function serializePayload(payload: TrashPayload): string {
  return JSON.stringify(payload);
}

export function parsePayload(text: string): StoredPayload {
  const payload = JSON.parse(text) as StoredPayload;
  if (payload.format !== 1) throw new AppError("conflict", "This trash item was written by another version of Margin.");
  return payload;
}
