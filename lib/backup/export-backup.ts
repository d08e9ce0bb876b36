// Streams a whole workspace in Margin's JSON format (backup-format.ts), one article at a time and
// the audit log in batches, so a large workspace never sits in memory as one string.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { backupEmailOf } from "../users/placeholder-users";
import { getMemberActor } from "../workspaces/get-member-actor";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupArticle,
  type BackupAuditEntry,
  type BackupHeader,
} from "./backup-format";
import { articleMetadataSelect } from "../articles/article-metadata";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const email = { select: { email: true } } as const;

/**
 * `articleIds` limits the backup to those articles (and the audit log to their entries and the
 * workspace's own); an id that is not an article of this workspace is refused with 404 rather
 * than quietly left out.
 */
export async function openBackupExport(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleIds?: string[] | undefined },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "export.backup");
  const chosen = options.articleIds ? [...new Set(options.articleIds)] : undefined;
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: options.workspaceId },
    select: { id: true, name: true, slug: true, blindReview: true, createdAt: true },
  });
  const [members, ratings, tags, articles] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { createdAt: "asc" },
      select: { role: true, createdAt: true, user: { select: { email: true, name: true } } },
    }),
    db.rating.findMany({ where: { workspaceId: workspace.id }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.tag.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { name: "asc" },
      select: { id: true, name: true, createdAt: true },
    }),
    db.article.findMany({
      where: { workspaceId: workspace.id, ...(chosen ? { id: { in: chosen } } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    }),
  ]);
  if (chosen && articles.length !== chosen.length)
    throw new AppError("not_found", "Some of the chosen articles were not found in this workspace.");
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    workspace: { ...workspace, createdAt: workspace.createdAt.toISOString() },
    members: members.map((m) => ({
      email: backupEmailOf(m.user.email),
      name: m.user.name,
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
    })),
    ratings: ratings.map((r) => ({
      id: r.id,
      label: r.label,
      description: r.description,
      color: r.color,
      ordinal: r.ordinal,
      position: r.position,
      claimReviewName: r.claimReviewName,
      claimReviewValue: r.claimReviewValue,
      archivedAt: iso(r.archivedAt),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    })),
    tags: tags.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() })),
  };

  async function article(id: string): Promise<BackupArticle> {
    const a = await db.article.findUniqueOrThrow({
      where: { id },
      select: {
        ...articleMetadataSelect,
        archivedAt: true,
        createdAt: true,
        updatedAt: true,
        version: true,
        currentRevisionId: true,
        createdBy: email,
        revisions: {
          orderBy: { number: "asc" },
          select: {
            id: true,
            number: true,
            text: true,
            blocks: true,
            contentHash: true,
            origin: true,
            message: true,
            createdAt: true,
            createdBy: email,
          },
        },
        assignments: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            claimId: true,
            dueAt: true,
            completedAt: true,
            withdrawnAt: true,
            createdAt: true,
            updatedAt: true,
            version: true,
            assignee: email,
            assignedBy: email,
          },
        },
        dismissals: { orderBy: { createdAt: "asc" }, select: { textHash: true, createdAt: true, dismissedBy: email } },
        claims: {
          orderBy: [{ start: "asc" }, { id: "asc" }],
          select: {
            id: true,
            revisionId: true,
            originalRevisionId: true,
            exact: true,
            prefix: true,
            suffix: true,
            start: true,
            end: true,
            anchorState: true,
            anchorConfidence: true,
            status: true,
            needsReviewReason: true,
            claimantName: true,
            claimantType: true,
            claimDate: true,
            appearanceUrl: true,
            importKey: true,
            provenance: true,
            createdAt: true,
            updatedAt: true,
            version: true,
            createdBy: email,
            tags: { select: { tagId: true } },
            notes: {
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: {
                id: true,
                body: true,
                replyToId: true,
                importKey: true,
                provenance: true,
                createdAt: true,
                updatedAt: true,
                version: true,
                deletedAt: true,
                resolvedAt: true,
                author: email,
                resolvedBy: email,
                tags: { select: { tagId: true } },
              },
            },
            sources: {
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: {
                id: true,
                url: true,
                title: true,
                publisher: true,
                excerpt: true,
                stance: true,
                accessedAt: true,
                archivedUrl: true,
                provenance: true,
                createdAt: true,
                updatedAt: true,
                version: true,
                addedBy: email,
              },
            },
            verdicts: {
              orderBy: [{ createdAt: "asc" }, { id: "asc" }],
              select: {
                id: true,
                ratingId: true,
                confidence: true,
                rationale: true,
                submittedAt: true,
                provenance: true,
                createdAt: true,
                updatedAt: true,
                version: true,
                reviewer: email,
                sources: { select: { sourceId: true } },
              },
            },
            finalVerdict: {
              select: {
                id: true,
                ratingId: true,
                summary: true,
                published: true,
                publishedAt: true,
                publishedExact: true,
                claimReviewed: true,
                firstPublishedAt: true,
                publishedState: true,
                corrections: { orderBy: { createdAt: "asc" }, select: { description: true, createdAt: true } },
                provenance: true,
                createdAt: true,
                updatedAt: true,
                version: true,
                editor: email,
              },
            },
          },
        },
      },
    });
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      byline: a.byline,
      authorEmail: a.authorEmail,
      publishedAt: iso(a.publishedAt),
      publishedLabel: a.publishedLabel,
      sourceUrl: a.sourceUrl,
      language: a.language,
      archivedAt: iso(a.archivedAt),
      createdBy: backupEmailOf(a.createdBy.email),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      version: a.version,
      currentRevisionId: a.currentRevisionId,
      revisions: a.revisions.map(({ createdBy, createdAt, ...r }) => ({
        ...r,
        createdBy: backupEmailOf(createdBy.email),
        createdAt: createdAt.toISOString(),
      })),
      assignments: a.assignments.map((x) => ({
        id: x.id,
        claimId: x.claimId,
        assignee: backupEmailOf(x.assignee.email),
        assignedBy: backupEmailOf(x.assignedBy.email),
        dueAt: iso(x.dueAt),
        completedAt: iso(x.completedAt),
        withdrawnAt: iso(x.withdrawnAt),
        createdAt: x.createdAt.toISOString(),
        updatedAt: x.updatedAt.toISOString(),
        version: x.version,
      })),
      dismissals: a.dismissals.map((d) => ({
        textHash: d.textHash,
        dismissedBy: backupEmailOf(d.dismissedBy.email),
        createdAt: d.createdAt.toISOString(),
      })),
      claims: a.claims.map((c) => ({
        id: c.id,
        revisionId: c.revisionId,
        originalRevisionId: c.originalRevisionId,
        exact: c.exact,
        prefix: c.prefix,
        suffix: c.suffix,
        start: c.start,
        end: c.end,
        anchorState: c.anchorState,
        anchorConfidence: c.anchorConfidence,
        status: c.status,
        needsReviewReason: c.needsReviewReason,
        claimantName: c.claimantName,
        claimantType: c.claimantType,
        claimDate: c.claimDate?.toISOString().slice(0, 10) ?? null,
        appearanceUrl: c.appearanceUrl,
        importKey: c.importKey,
        provenance: c.provenance,
        createdBy: backupEmailOf(c.createdBy.email),
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
        version: c.version,
        tagIds: c.tags.map((t) => t.tagId).sort(),
        notes: c.notes.map((n) => ({
          id: n.id,
          author: backupEmailOf(n.author.email),
          body: n.body,
          replyToId: n.replyToId,
          importKey: n.importKey,
          provenance: n.provenance,
          createdAt: n.createdAt.toISOString(),
          updatedAt: n.updatedAt.toISOString(),
          version: n.version,
          deletedAt: iso(n.deletedAt),
          resolvedAt: iso(n.resolvedAt),
          resolvedBy: n.resolvedBy ? backupEmailOf(n.resolvedBy.email) : null,
          tagIds: n.tags.map((t) => t.tagId).sort(),
        })),
        sources: c.sources.map((s) => ({
          id: s.id,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          excerpt: s.excerpt,
          stance: s.stance,
          accessedAt: iso(s.accessedAt),
          archivedUrl: s.archivedUrl,
          provenance: s.provenance,
          addedBy: backupEmailOf(s.addedBy.email),
          createdAt: s.createdAt.toISOString(),
          updatedAt: s.updatedAt.toISOString(),
          version: s.version,
        })),
        verdicts: c.verdicts.map((v) => ({
          id: v.id,
          reviewer: backupEmailOf(v.reviewer.email),
          ratingId: v.ratingId,
          confidence: v.confidence,
          rationale: v.rationale,
          submittedAt: iso(v.submittedAt),
          provenance: v.provenance,
          createdAt: v.createdAt.toISOString(),
          updatedAt: v.updatedAt.toISOString(),
          version: v.version,
          sourceIds: v.sources.map((s) => s.sourceId).sort(),
        })),
        finalVerdict: c.finalVerdict
          ? {
              id: c.finalVerdict.id,
              editor: backupEmailOf(c.finalVerdict.editor.email),
              ratingId: c.finalVerdict.ratingId,
              summary: c.finalVerdict.summary,
              published: c.finalVerdict.published,
              publishedAt: iso(c.finalVerdict.publishedAt),
              publishedExact: c.finalVerdict.publishedExact,
              claimReviewed: c.finalVerdict.claimReviewed,
              firstPublishedAt: iso(c.finalVerdict.firstPublishedAt),
              publishedState: c.finalVerdict.publishedState,
              corrections: c.finalVerdict.corrections.map((entry) => ({
                description: entry.description,
                createdAt: entry.createdAt.toISOString(),
              })),
              provenance: c.finalVerdict.provenance,
              createdAt: c.finalVerdict.createdAt.toISOString(),
              updatedAt: c.finalVerdict.updatedAt.toISOString(),
              version: c.finalVerdict.version,
            }
          : null,
      })),
    };
  }

  async function* chunks(): AsyncGenerator<string> {
    yield `${JSON.stringify(header).slice(0, -1)},"articles":[`;
    for (const [i, { id }] of articles.entries()) yield (i ? "," : "") + JSON.stringify(await article(id));
    yield `],"auditLog":[`;
    let after = 0;
    let first = true;
    for (;;) {
      const batch = await db.auditLog.findMany({
        where: {
          workspaceId: workspace.id,
          id: { gt: after },
          ...(chosen ? { OR: [{ articleId: { in: chosen } }, { articleId: null, claimId: null }] } : {}),
        },
        orderBy: { id: "asc" },
        take: 1000,
        select: {
          id: true,
          action: true,
          entityType: true,
          entityId: true,
          articleId: true,
          claimId: true,
          before: true,
          after: true,
          imported: true,
          createdAt: true,
          actor: email,
        },
      });
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      const entries: BackupAuditEntry[] = batch.map((e) => ({
        actor: e.actor ? backupEmailOf(e.actor.email) : null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        articleId: e.articleId,
        claimId: e.claimId,
        before: e.before,
        after: e.after,
        imported: e.imported,
        createdAt: e.createdAt.toISOString(),
      }));
      yield entries.map((e) => (first ? ((first = false), JSON.stringify(e)) : `,${JSON.stringify(e)}`)).join("");
    }
    yield "]}";
  }

  return { workspace, articleCount: articles.length, chunks };
}
