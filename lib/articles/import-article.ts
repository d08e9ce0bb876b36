// Import from a file, pasted text or a web page: parse, then create. The previews are the same
// parse without saving, for the confirm-or-fix-metadata step; a URL preview also hands back the
// page it fetched, so that what is saved is exactly what was previewed (no second fetch).
import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { ImportError, parseArticle, buildRevisionText, deriveTitle, type ParsedArticle } from "../article-import";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { createArticle, type RevisionOrigin } from "./create-article";
import { UrlImportError, fetchArticleHtml } from "../article-import/fetch-article-url";
import { urlImportPolicy } from "../article-import/url-import-policy";
import { assertFetchReceipt, signFetchReceipt } from "./fetch-receipt";
import { importArticleSchema, importArticleUrlSchema } from "./schemas";

/** `fetcher`: who saves into which workspace; a page said to be fetched from a URL must carry their receipt. */
async function parseImport(
  input: unknown,
  fetcher?: { userId: string; workspaceId: string },
): Promise<{ parsed: ParsedArticle; metadata: Record<string, unknown> | undefined; origin: RevisionOrigin }> {
  const { content, fileName, mediaType, metadata, fetchedFrom, fetchReceipt } = importArticleSchema.parse(input);
  if (fetchedFrom && fetcher) assertFetchReceipt(fetchReceipt, { ...fetcher, finalUrl: fetchedFrom, html: content });
  try {
    const hint = fetchedFrom
      ? { mediaType: "text/html", url: fetchedFrom }
      : { ...(fileName ? { fileName } : {}), ...(mediaType ? { mediaType } : {}) };
    const parsed = await parseArticle(content, hint);
    if (parsed.blocks.length === 0)
      throw new AppError(
        "validation_failed",
        fetchedFrom ? "No article text was found on this page." : "No article text was found in this file.",
      );
    const origin: RevisionOrigin = fetchedFrom ? "url" : fileName ? parsed.format : "paste";
    return { parsed, metadata, origin };
  } catch (error) {
    if (error instanceof ImportError) {
      throw new AppError("validation_failed", error.message, { fields: { content: [error.message] } });
    }
    throw error;
  }
}

export async function previewArticleImport(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.create");
  const { parsed } = await parseImport(options.input);
  return describePreview(parsed);
}

/** The page at a URL, fetched under the server's policy; a refusal is the person's 400, with the fetcher's reason. */
async function fetchPage(url: string) {
  try {
    return await fetchArticleHtml(url, urlImportPolicy());
  } catch (error) {
    if (error instanceof UrlImportError)
      throw new AppError("validation_failed", error.message, { fields: { url: [error.message] }, reason: error.code });
    throw error;
  }
}

export async function previewArticleFromUrl(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.create");
  const { url } = importArticleUrlSchema.parse(options.input);
  const page = await fetchPage(url);
  const { parsed } = await parseImport({ content: page.html, fetchedFrom: page.finalUrl });
  const receipt = signFetchReceipt({ userId: member.userId, workspaceId: options.workspaceId, ...page });
  return { ...describePreview(parsed), page: { html: page.html, finalUrl: page.finalUrl, receipt } };
}

/** Fetch and save in one step, for API clients that need no preview. */
export async function importArticleFromUrl(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  // Checked before fetching (createArticle checks again): no one who may not import makes the server fetch.
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.create");
  const { url, metadata } = importArticleUrlSchema.parse(options.input);
  const page = await fetchPage(url);
  const fetchReceipt = signFetchReceipt({ userId: member.userId, workspaceId: options.workspaceId, ...page });
  return importArticle(db, {
    ...options,
    input: { content: page.html, fetchedFrom: page.finalUrl, fetchReceipt, metadata },
  });
}

function describePreview(parsed: ParsedArticle) {
  const { text } = buildRevisionText(parsed.blocks);
  return {
    metadata: {
      ...parsed.metadata,
      title: parsed.metadata.title ?? deriveTitle(parsed.blocks, parsed.metadata.sourceUrl),
    },
    blocks: parsed.blocks,
    setAside: parsed.setAside,
    warnings: parsed.warnings,
    format: parsed.format,
    characters: [...text].length,
  };
}

export async function importArticle(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  assertActor(options.actor);
  const fetcher = { userId: options.actor.userId, workspaceId: options.workspaceId };
  const { parsed, metadata, origin } = await parseImport(options.input, fetcher);
  return createArticle(db, {
    actor: options.actor,
    workspaceId: options.workspaceId,
    parsed,
    metadata: metadata ?? {},
    origin,
  });
}
