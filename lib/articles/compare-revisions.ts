// A readable comparison of two revisions: unchanged text, deletions and insertions, word by word
// (the `diff` package's Myers diff over words: a correction reads "78-21 → 21-78", not a
// character soup). Words keep their punctuation, so figures such as "€4.5" or "78-21" stay whole.
// Very large rewrites that the word diff cannot finish in time fall back to the patience diff
// that re-anchoring uses, which works on characters.
import { diffArrays } from "diff";
import { equalSegments } from "../anchoring";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

/** Beyond this the word diff gives up and the character diff answers (it is linear in practice). */
const WORD_DIFF_TIMEOUT_MS = 1500;

function characterDiff(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  let oldAt = 0;
  let newAt = 0;
  const push = (kind: DiffPart["kind"], text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  for (const segment of equalSegments(oldText, newText)) {
    push("removed", oldText.slice(oldAt, segment.oldStart));
    push("added", newText.slice(newAt, segment.newStart));
    push("same", oldText.slice(segment.oldStart, segment.oldStart + segment.length));
    oldAt = segment.oldStart + segment.length;
    newAt = segment.newStart + segment.length;
  }
  push("removed", oldText.slice(oldAt));
  push("added", newText.slice(newAt));
  return parts;
}

/** Words with the punctuation and figures attached ("78-21", "€4.5", "1998,") and the spaces between them. */
function tokens(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

export function diffTexts(oldText: string, newText: string): DiffPart[] {
  const changes = diffArrays(tokens(oldText), tokens(newText), { timeout: WORD_DIFF_TIMEOUT_MS });
  if (!changes) return characterDiff(oldText, newText);
  const parts: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) parts.push({ kind: "removed", text: removed });
    if (added) parts.push({ kind: "added", text: added });
    removed = added = "";
  };
  changes.forEach((change, index) => {
    const text = change.value.join("");
    if (change.removed) removed += text;
    else if (change.added) added += text;
    // A space between two changed words belongs to the change on both sides: one "removed"
    // and one "added" for "was 78 points" → "is 21 points", not a word-by-word patchwork.
    else if ((removed || added) && /^\s+$/.test(text) && changes[index + 1] && !isSame(changes[index + 1]!)) {
      removed += text;
      added += text;
    } else {
      flush();
      const last = parts.at(-1);
      if (last?.kind === "same") last.text += text;
      else parts.push({ kind: "same", text });
    }
  });
  flush();
  return parts;
}

const isSame = (change: { added: boolean; removed: boolean }) => !change.added && !change.removed;

function countWords(parts: DiffPart[], kind: DiffPart["kind"]): number {
  return parts.filter((p) => p.kind === kind).reduce((n, p) => n + (p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

export async function compareRevisions(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; from: number; to: number },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const revisions = await db.articleRevision.findMany({
    where: {
      article: { id: options.articleId, workspaceId: options.workspaceId },
      number: { in: [options.from, options.to] },
    },
    select: { number: true, text: true, createdAt: true, message: true, createdBy: { select: { name: true } } },
  });
  const from = revisions.find((r) => r.number === options.from);
  const to = revisions.find((r) => r.number === options.to);
  if (!from || !to) throw new AppError("not_found", "Revision not found.");
  const parts = diffTexts(from.text, to.text);
  return {
    from: { number: from.number, createdAt: from.createdAt, by: from.createdBy.name, message: from.message },
    to: { number: to.number, createdAt: to.createdAt, by: to.createdBy.name, message: to.message },
    parts,
    stats: { addedWords: countWords(parts, "added"), removedWords: countWords(parts, "removed") },
  };
}
