import "server-only";
// The one place notifications are made: a function per event, called with one line from the use
// case, inside its transaction (the notification commits with the change or not at all). E-mails
// for people who want them at once go after the commit (send-immediate-mails.ts).
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import { mentionedUserIds } from "./mentions";
import type { NotificationKind } from "./notification-kinds";
import { sendImmediateMails } from "./send-immediate-mails";

export interface NotifyContext {
  tx: DbTx;
  audit: AuditTrail;
  workspaceId: string;
  /** Who did it: never notified of their own doing. */
  actorId: string;
}

type Refs = { articleId: string | null; claimId: string | null; noteId?: string | null };

const EXCERPT_MAX = 140;

async function claimExcerpt(tx: DbTx, claimId: string | null): Promise<string> {
  if (!claimId) return "";
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { exact: true } });
  return shorten(claim?.exact ?? "");
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
}

/** Notifies each recipient once, never the actor, and only current members of the workspace. */
async function notify(
  context: NotifyContext,
  kind: NotificationKind,
  recipientIds: Iterable<string>,
  refs: Refs & { excerpt?: string },
): Promise<string[]> {
  const wanted = [...new Set(recipientIds)].filter((id) => id !== context.actorId);
  if (wanted.length === 0) return [];
  const members = await context.tx.membership.findMany({
    where: { workspaceId: context.workspaceId, userId: { in: wanted } },
    select: { userId: true },
  });
  const recipients = members.map((member) => member.userId);
  if (recipients.length === 0) return [];
  const excerpt = refs.excerpt ?? (await claimExcerpt(context.tx, refs.claimId));
  const ids: string[] = [];
  for (const recipientId of recipients) {
    const created = await context.tx.notification.create({
      data: {
        recipientId,
        workspaceId: context.workspaceId,
        kind,
        articleId: refs.articleId,
        claimId: refs.claimId,
        noteId: refs.noteId ?? null,
        actorId: context.actorId,
        excerpt,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  context.audit.afterCommit(async (db) => void (await sendImmediateMails(db, ids)));
  return recipients;
}

/** Assigned to review an article or some of its claims: one notification per assignee. */
export async function notifyAssigned(
  context: NotifyContext,
  assignments: { assigneeId: string; articleId: string; claimId: string | null }[],
): Promise<void> {
  const byAssignee = new Map<string, { articleId: string; claimId: string | null }>();
  for (const a of assignments) if (!byAssignee.has(a.assigneeId)) byAssignee.set(a.assigneeId, a);
  for (const [assigneeId, refs] of byAssignee) await notify(context, "assigned", [assigneeId], refs);
}

/**
 * A note written or edited: its mentioned members (only mentions new in this version) and, for a
 * reply, the author of the note replied to. Each person hears once: a mention says more.
 */
export async function notifyNoteWritten(
  context: NotifyContext,
  note: { id: string; claimId: string; articleId: string; body: string; replyToId?: string | null },
  previousBody?: string,
): Promise<void> {
  const before = new Set(previousBody === undefined ? [] : mentionedUserIds(previousBody));
  const mentioned = mentionedUserIds(note.body).filter((id) => !before.has(id));
  const refs = { articleId: note.articleId, claimId: note.claimId, noteId: note.id };
  const told = new Set(await notify(context, "mention", mentioned, refs));
  if (!note.replyToId) return;
  const parent = await context.tx.note.findUnique({ where: { id: note.replyToId }, select: { authorId: true } });
  if (parent && !told.has(parent.authorId)) await notify(context, "reply", [parent.authorId], refs);
}

/**
 * A verdict submitted: reviewers who submitted a different rating on the claim hear of the
 * disagreement. Only they: someone who has not submitted may not see others' ratings yet.
 */
export async function notifyVerdictSubmitted(
  context: NotifyContext,
  verdict: { claimId: string; articleId: string; ratingId: string },
): Promise<void> {
  const others = await context.tx.verdict.findMany({
    where: { claimId: verdict.claimId, submittedAt: { not: null }, ratingId: { not: verdict.ratingId } },
    select: { reviewerId: true },
  });
  await notify(
    context,
    "disagreement",
    others.map((other) => other.reviewerId),
    verdict,
  );
}

/** A final verdict published: whoever marked the claim or gave a verdict on it. */
export async function notifyVerdictPublished(
  context: NotifyContext,
  claim: { id: string; articleId: string },
): Promise<void> {
  const [row, verdicts] = await Promise.all([
    context.tx.claim.findUnique({ where: { id: claim.id }, select: { createdById: true } }),
    context.tx.verdict.findMany({ where: { claimId: claim.id }, select: { reviewerId: true } }),
  ]);
  const people = [...(row ? [row.createdById] : []), ...verdicts.map((verdict) => verdict.reviewerId)];
  await notify(context, "verdict_published", people, { articleId: claim.articleId, claimId: claim.id });
}

/** A claim moved to the trash or restored: the person who marked it. */
export async function notifyClaimTrashed(
  context: NotifyContext,
  kind: "claim_deleted" | "claim_restored",
  claim: { id: string; articleId: string; createdById: string; exact: string },
): Promise<void> {
  await notify(context, kind, [claim.createdById], {
    articleId: claim.articleId,
    claimId: claim.id,
    excerpt: shorten(claim.exact),
  });
}
