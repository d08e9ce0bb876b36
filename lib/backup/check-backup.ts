// Validates a whole backup before anything is written: the shape and every field (backup-schema.ts,
// the live inputs' schemas), then what ties records together: ids that are referred to exist,
// claims' offsets lie within their revision's text, block lists are sound, no text holds a NUL.
// Returns every problem (path and message), so a refused backup can be fixed in one go.
import { revisionBlocksProblem } from "../articles/revision-blocks";
import { NUL_MESSAGE } from "../validation/no-nul";
import { backupSchema, type Backup } from "./backup-schema";

export interface BackupProblem {
  path: string;
  message: string;
}

/** Problems beyond this many are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 200;

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[]; total: number };

export function checkBackup(input: unknown): BackupCheck {
  const problems: BackupProblem[] = [];
  let total = 0;
  const add = (path: (string | number)[], message: string) => {
    total++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ path: path.join(".") || "(root)", message });
  };
  // Not a Margin backup at all: say that, rather than every field it lacks.
  const header = backupSchema.pick({ format: true, version: true }).strip().safeParse(input);
  if (!header.success) {
    for (const issue of header.error.issues) add(issue.path as (string | number)[], issue.message);
    return { ok: false, problems, total };
  }
  findNuls(input, [], add);
  if (input && typeof input === "object" && !Array.isArray(input))
    for (const key of Object.keys(input))
      if (!(key in backupSchema.shape)) add([key], `Unknown field "${key}": a Margin backup does not have it.`);
  const parsed = backupSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path as (string | number)[], issue.message);
    return { ok: false, problems, total };
  }
  checkReferences(parsed.data, add);
  return total === 0 ? { ok: true, backup: parsed.data } : { ok: false, problems, total };
}

function findNuls(value: unknown, path: (string | number)[], add: (path: (string | number)[], m: string) => void) {
  if (typeof value === "string") {
    if (value.includes("\0")) add(path, NUL_MESSAGE);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findNuls(value[i], path, add);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      if (key.includes("\0")) add([...path], NUL_MESSAGE);
      findNuls(item, path, add);
      path.pop();
    }
  }
}

function checkReferences(backup: Backup, add: (path: (string | number)[], message: string) => void) {
  const seen = new Set<string>();
  const unique = (value: string, path: (string | number)[]) => {
    if (seen.has(value)) add(path, `The id ${value} appears twice in the backup.`);
    seen.add(value);
  };
  const ratings = new Set(backup.ratings.map((r) => r.id));
  const tags = new Set(backup.tags.map((t) => t.id));
  backup.ratings.forEach((r, i) => unique(r.id, ["ratings", i, "id"]));
  backup.tags.forEach((t, i) => unique(t.id, ["tags", i, "id"]));
  const tagNames = new Set<string>();
  backup.tags.forEach((t, i) => {
    const key = t.name.toLowerCase();
    if (tagNames.has(key)) add(["tags", i, "name"], `The tag "${t.name}" appears twice.`);
    tagNames.add(key);
  });
  backup.articles.forEach((article, a) => {
    const at = (...rest: (string | number)[]) => ["articles", a, ...rest];
    unique(article.id, at("id"));
    const lengths = new Map<string, number>();
    const numbers = new Set<number>();
    article.revisions.forEach((revision, r) => {
      unique(revision.id, at("revisions", r, "id"));
      if (numbers.has(revision.number))
        add(at("revisions", r, "number"), `Revision number ${revision.number} repeats.`);
      numbers.add(revision.number);
      const length = [...revision.text].length;
      lengths.set(revision.id, length);
      const blocks = revisionBlocksProblem(revision.blocks, length);
      if (blocks) add(at("revisions", r, "blocks"), blocks);
    });
    if (article.currentRevisionId !== null && !lengths.has(article.currentRevisionId))
      add(at("currentRevisionId"), "The current revision is not among the article's revisions.");
    const claimIds = new Set<string>();
    const claimKeys = new Set<string>();
    article.claims.forEach((claim, c) => {
      const cp = (...rest: (string | number)[]) => at("claims", c, ...rest);
      unique(claim.id, cp("id"));
      claimIds.add(claim.id);
      if (claim.importKey !== null && claimKeys.has(claim.importKey))
        add(cp("importKey"), "Two claims of the article have the same importKey.");
      if (claim.importKey !== null) claimKeys.add(claim.importKey);
      const noteKeys = new Set<string>();
      const length = lengths.get(claim.revisionId);
      if (length === undefined) add(cp("revisionId"), "The claim's revision is not among the article's revisions.");
      else if (claim.end < claim.start || claim.end > length)
        add(
          cp("end"),
          `The claim's span ${claim.start}–${claim.end} lies outside its revision (${length} code points).`,
        );
      if (!lengths.has(claim.originalRevisionId))
        add(cp("originalRevisionId"), "The claim's original revision is not among the article's revisions.");
      claim.tagIds.forEach((tagId, t) => tags.has(tagId) || add(cp("tagIds", t), `Unknown tag ${tagId}.`));
      const noteIds = new Set(claim.notes.map((n) => n.id));
      claim.notes.forEach((note, n) => {
        unique(note.id, cp("notes", n, "id"));
        if (note.importKey !== null && noteKeys.has(note.importKey))
          add(cp("notes", n, "importKey"), "Two notes of the claim have the same importKey.");
        if (note.importKey !== null) noteKeys.add(note.importKey);
        if (note.replyToId !== null && (!noteIds.has(note.replyToId) || note.replyToId === note.id))
          add(cp("notes", n, "replyToId"), "A reply must answer another note of the same claim.");
        note.tagIds.forEach((tagId, t) => tags.has(tagId) || add(cp("notes", n, "tagIds", t), `Unknown tag ${tagId}.`));
      });
      const sourceIds = new Set(claim.sources.map((s) => s.id));
      claim.sources.forEach((source, s) => unique(source.id, cp("sources", s, "id")));
      const reviewers = new Set<string>();
      claim.verdicts.forEach((verdict, v) => {
        unique(verdict.id, cp("verdicts", v, "id"));
        if (!ratings.has(verdict.ratingId)) add(cp("verdicts", v, "ratingId"), `Unknown rating ${verdict.ratingId}.`);
        const reviewer = verdict.reviewer.toLowerCase();
        if (reviewers.has(reviewer)) add(cp("verdicts", v, "reviewer"), "A reviewer has one verdict per claim.");
        reviewers.add(reviewer);
        verdict.sourceIds.forEach(
          (sourceId, s) =>
            sourceIds.has(sourceId) || add(cp("verdicts", v, "sourceIds", s), "Not a source of this claim."),
        );
      });
      if (claim.finalVerdict) {
        unique(claim.finalVerdict.id, cp("finalVerdict", "id"));
        if (!ratings.has(claim.finalVerdict.ratingId))
          add(cp("finalVerdict", "ratingId"), `Unknown rating ${claim.finalVerdict.ratingId}.`);
      }
    });
    article.assignments.forEach((assignment, i) => {
      unique(assignment.id, at("assignments", i, "id"));
      if (assignment.claimId !== null && !claimIds.has(assignment.claimId))
        add(at("assignments", i, "claimId"), "The assignment's claim is not a claim of this article.");
    });
  });
}
