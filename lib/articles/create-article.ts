// Creates an article and its first revision from parsed content (a file, pasted text, a URL or
// the API all end here), with its search entry and audit record, in one transaction.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { buildRevisionText, deriveTitle, type ParsedArticle } from "../article-import";
import { assertCan } from "../permissions/can";
import { upsertSearchEntry } from "../search/search-entries";
import { getMemberActor } from "../workspaces/get-member-actor";
import { contentHash } from "./content-hash";
import { articleMetadataSchema } from "./schemas";

export type RevisionOrigin = "txt" | "markdown" | "html" | "url" | "paste" | "api" | "edit";

export async function createArticle(
  db: Db,
  options: {
    actor: Actor;
    workspaceId: string;
    parsed: ParsedArticle;
    /** Metadata the person confirmed; fields left undefined keep what the importer found. */
    metadata?: Record<string, unknown>;
    origin: RevisionOrigin;
  },
) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.create");
  const { parsed } = options;
  const found = parsed.metadata;
  const metadata = articleMetadataSchema.parse({
    title: found.title ?? deriveTitle(parsed.blocks, found.sourceUrl),
    outlet: found.outlet,
    byline: found.byline,
    authorEmail: found.authorEmail,
    publishedAt: found.publishedAt,
    publishedLabel: found.publishedLabel,
    sourceUrl: found.sourceUrl,
    language: found.language,
    ...withoutUndefined(options.metadata ?? {}),
  });
  const revision = buildRevisionText(parsed.blocks);
  return writeWithAudit(db, async (tx, audit) => {
    const article = await tx.article.create({
      data: { workspaceId: options.workspaceId, createdById: member.userId, ...metadata },
      select: { id: true, title: true },
    });
    const created = await tx.articleRevision.create({
      data: {
        articleId: article.id,
        number: 1,
        text: revision.text,
        blocks: JSON.stringify(revision.blocks),
        contentHash: contentHash(revision.text),
        origin: options.origin,
        createdById: member.userId,
      },
      select: { id: true, number: true, contentHash: true },
    });
    await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: created.id } });
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "article",
      entityId: article.id,
      articleId: article.id,
      body: `${metadata.title}\n\n${revision.text}`,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "article.create",
      entityType: "article",
      entityId: article.id,
      articleId: article.id,
      after: { ...metadata, revision: created, origin: options.origin, blocks: revision.blocks.length },
    });
    return { id: article.id, title: article.title, revisionId: created.id };
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
