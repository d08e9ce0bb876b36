// A readable comparison of two revisions: unchanged text, deletions and insertions, from the same
// patience diff that re-anchoring uses (so what the editor sees is what claims were mapped through).
import { equalSegments } from "../anchoring";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

export function diffTexts(oldText: string, newText: string): DiffPart[] {
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
    stats: {
      added: parts.filter((p) => p.kind === "added").reduce((n, p) => n + p.text.length, 0),
      removed: parts.filter((p) => p.kind === "removed").reduce((n, p) => n + p.text.length, 0),
    },
  };
}
