// Restores a Margin backup into an empty workspace, in one transaction: members (people matched
// by e-mail, created without a password when missing), rating scale, tags, articles with every
// revision, claims with notes, sources, verdicts and final verdicts, assignments, and the audit
// log with its original times. Ids are new; references follow them.
import type { Actor } from "../auth/actor";
import type { Db, DbTx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { sourceSearchText } from "../sources/source-snapshot";
import { getMemberActor } from "../workspaces/get-member-actor";
import { backupSchema, type Backup } from "./backup-schema";

class IdMap {
  private readonly map = new Map<string, string>();
  set(old: string, fresh: string) {
    this.map.set(old, fresh);
  }
  get(old: string): string {
    const fresh = this.map.get(old);
    if (!fresh) throw new AppError("validation_failed", `The backup refers to ${old}, which it does not contain.`);
    return fresh;
  }
  maybe(old: string | null): string | null {
    return old === null ? null : (this.map.get(old) ?? old);
  }
}

const d = (value: string | null) => (value ? new Date(value) : null);

async function restoreInto(tx: DbTx, backup: Backup, workspaceId: string, restorerId: string) {
  const ids = new IdMap();
  const users = new Map<string, string>();
  const userOf = async (email: string, name?: string) => {
    const known = users.get(email);
    if (known) return known;
    const user =
      (await tx.user.findUnique({ where: { email }, select: { id: true } })) ??
      (await tx.user.create({ data: { email, name: name ?? email.split("@")[0] ?? email }, select: { id: true } }));
    users.set(email, user.id);
    return user.id;
  };
  for (const member of backup.members) {
    const userId = await userOf(member.email, member.name);
    if (userId === restorerId) continue; // the person restoring stays admin
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId, userId } },
      create: { workspaceId, userId, role: member.role, createdAt: new Date(member.joinedAt) },
      update: { role: member.role },
    });
  }
  await tx.rating.deleteMany({ where: { workspaceId } });
  for (const { id, archivedAt, createdAt, ...rating } of backup.ratings) {
    ids.set(
      id,
      (
        await tx.rating.create({
          data: { ...rating, workspaceId, archivedAt: d(archivedAt), createdAt: new Date(createdAt) },
          select: { id: true },
        })
      ).id,
    );
  }
  for (const tag of backup.tags)
    ids.set(
      tag.id,
      (
        await tx.tag.create({
          data: { workspaceId, name: tag.name, createdAt: new Date(tag.createdAt) },
          select: { id: true },
        })
      ).id,
    );

  for (const article of backup.articles) {
    const created = await tx.article.create({
      data: {
        workspaceId,
        title: article.title,
        outlet: article.outlet,
        byline: article.byline,
        authorEmail: article.authorEmail,
        publishedAt: d(article.publishedAt),
        publishedLabel: article.publishedLabel,
        sourceUrl: article.sourceUrl,
        language: article.language,
        createdById: await userOf(article.createdBy),
        createdAt: new Date(article.createdAt),
      },
      select: { id: true },
    });
    ids.set(article.id, created.id);
    for (const revision of article.revisions) {
      const { id, createdBy, createdAt, ...rest } = revision;
      ids.set(
        id,
        (
          await tx.articleRevision.create({
            data: {
              ...rest,
              articleId: created.id,
              createdById: await userOf(createdBy),
              createdAt: new Date(createdAt),
            },
            select: { id: true },
          })
        ).id,
      );
    }
    const current = article.currentRevisionId ? ids.get(article.currentRevisionId) : null;
    await tx.article.update({ where: { id: created.id }, data: { currentRevisionId: current } });
    const currentText = article.revisions.find((r) => r.id === article.currentRevisionId);
    if (currentText)
      await upsertSearchEntry(tx, {
        workspaceId,
        kind: "article",
        entityId: created.id,
        articleId: created.id,
        body: `${article.title}\n\n${currentText.text}`,
      });
    for (const claim of article.claims) await restoreClaim(tx, ids, userOf, workspaceId, created.id, claim);
    for (const a of article.assignments) {
      ids.set(
        a.id,
        (
          await tx.assignment.create({
            data: {
              workspaceId,
              articleId: created.id,
              claimId: a.claimId ? ids.get(a.claimId) : null,
              assigneeId: await userOf(a.assignee),
              assignedById: await userOf(a.assignedBy),
              dueAt: d(a.dueAt),
              completedAt: d(a.completedAt),
              createdAt: new Date(a.createdAt),
            },
            select: { id: true },
          })
        ).id,
      );
    }
    for (const dismissal of article.dismissals) {
      await tx.suggestionDismissal.create({
        data: {
          articleId: created.id,
          textHash: dismissal.textHash,
          dismissedById: await userOf(dismissal.dismissedBy),
          createdAt: new Date(dismissal.createdAt),
        },
      });
    }
  }
  for (const entry of backup.auditLog) {
    await tx.auditLog.create({
      data: {
        workspaceId,
        actorId: entry.actor ? await userOf(entry.actor) : null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: ids.maybe(entry.entityId)!,
        articleId: ids.maybe(entry.articleId),
        claimId: ids.maybe(entry.claimId),
        before: entry.before,
        after: entry.after,
        createdAt: new Date(entry.createdAt),
      },
    });
  }
}

async function restoreClaim(
  tx: DbTx,
  ids: IdMap,
  userOf: (email: string) => Promise<string>,
  workspaceId: string,
  articleId: string,
  claim: Backup["articles"][number]["claims"][number],
) {
  const created = await tx.claim.create({
    data: {
      workspaceId,
      articleId,
      revisionId: ids.get(claim.revisionId),
      originalRevisionId: ids.get(claim.originalRevisionId),
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      anchorState: claim.anchorState,
      anchorConfidence: claim.anchorConfidence,
      status: claim.status,
      importKey: claim.importKey,
      createdById: await userOf(claim.createdBy),
      createdAt: new Date(claim.createdAt),
    },
    select: { id: true },
  });
  ids.set(claim.id, created.id);
  if (claim.tagIds.length)
    await tx.claimTag.createMany({
      data: claim.tagIds.map((tagId) => ({ claimId: created.id, tagId: ids.get(tagId) })),
    });
  await upsertSearchEntry(tx, {
    workspaceId,
    kind: "claim",
    entityId: created.id,
    articleId,
    claimId: created.id,
    body: claim.exact,
  });
  for (const note of claim.notes) {
    const row = await tx.note.create({
      data: {
        workspaceId,
        claimId: created.id,
        authorId: await userOf(note.author),
        body: note.body,
        importKey: note.importKey,
        createdAt: new Date(note.createdAt),
        deletedAt: d(note.deletedAt),
      },
      select: { id: true },
    });
    ids.set(note.id, row.id);
    if (note.tagIds.length)
      await tx.noteTag.createMany({ data: note.tagIds.map((tagId) => ({ noteId: row.id, tagId: ids.get(tagId) })) });
    if (!note.deletedAt)
      await upsertSearchEntry(tx, {
        workspaceId,
        kind: "note",
        entityId: row.id,
        articleId,
        claimId: created.id,
        body: note.body,
      });
  }
  for (const note of claim.notes)
    if (note.replyToId)
      await tx.note.update({ where: { id: ids.get(note.id) }, data: { replyToId: ids.get(note.replyToId) } });
  for (const source of claim.sources) {
    const { id, addedBy, createdAt, accessedAt, ...rest } = source;
    const row = await tx.source.create({
      data: {
        ...rest,
        workspaceId,
        claimId: created.id,
        addedById: await userOf(addedBy),
        accessedAt: d(accessedAt),
        createdAt: new Date(createdAt),
      },
      select: { id: true },
    });
    ids.set(id, row.id);
    await upsertSearchEntry(tx, {
      workspaceId,
      kind: "source",
      entityId: row.id,
      articleId,
      claimId: created.id,
      body: sourceSearchText(source),
    });
  }
  for (const verdict of claim.verdicts) {
    const row = await tx.verdict.create({
      data: {
        workspaceId,
        claimId: created.id,
        reviewerId: await userOf(verdict.reviewer),
        ratingId: ids.get(verdict.ratingId),
        confidence: verdict.confidence,
        rationale: verdict.rationale,
        submittedAt: d(verdict.submittedAt),
        createdAt: new Date(verdict.createdAt),
      },
      select: { id: true },
    });
    ids.set(verdict.id, row.id);
    if (verdict.sourceIds.length)
      await tx.verdictSource.createMany({
        data: verdict.sourceIds.map((sourceId) => ({ verdictId: row.id, sourceId: ids.get(sourceId) })),
      });
  }
  const final = claim.finalVerdict;
  if (final) {
    const row = await tx.finalVerdict.create({
      data: {
        workspaceId,
        claimId: created.id,
        editorId: await userOf(final.editor),
        ratingId: ids.get(final.ratingId),
        summary: final.summary,
        published: final.published,
        publishedAt: d(final.publishedAt),
        createdAt: new Date(final.createdAt),
      },
      select: { id: true },
    });
    ids.set(final.id, row.id);
  }
}

export async function restoreBackup(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.restore");
  const backup = backupSchema.parse(options.input);
  const [articles, claims] = await Promise.all([
    db.article.count({ where: { workspaceId: options.workspaceId } }),
    db.claim.count({ where: { workspaceId: options.workspaceId } }),
  ]);
  if (articles + claims > 0)
    throw new AppError(
      "conflict",
      "Restore into an empty workspace: this one already has articles. Create a new workspace for the backup.",
    );
  await db.$transaction(
    async (tx) => {
      await restoreInto(tx, backup, options.workspaceId, member.userId);
      await tx.workspace.update({
        where: { id: options.workspaceId },
        data: { blindReview: backup.workspace.blindReview },
      });
      await recordAudit(tx, {
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: "workspace.restore",
        entityType: "workspace",
        entityId: options.workspaceId,
        after: { from: backup.workspace.name, exportedAt: backup.exportedAt, articles: backup.articles.length },
      });
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
  return {
    articles: backup.articles.length,
    claims: backup.articles.reduce((n, a) => n + a.claims.length, 0),
    members: backup.members.length,
    auditEntries: backup.auditLog.length,
  };
}
