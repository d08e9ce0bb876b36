// Import from a file or pasted text: parse, then create. previewArticleImport is the same parse
// without saving, for the confirm-or-fix-metadata step.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { ImportError, parseArticle, buildRevisionText, deriveTitle, type ParsedArticle } from "../importer";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { createArticle, type RevisionOrigin } from "./create-article";
import { importArticleSchema } from "./schemas";

async function parseImport(input: unknown): Promise<{ parsed: ParsedArticle; metadata: Record<string, unknown> | undefined; origin: RevisionOrigin }> {
  const { content, fileName, mediaType, metadata } = importArticleSchema.parse(input);
  try {
    const parsed = await parseArticle(content, { ...(fileName ? { fileName } : {}), ...(mediaType ? { mediaType } : {}) });
    if (parsed.blocks.length === 0) throw new AppError("validation_failed", "No article text was found in this file.");
    const origin: RevisionOrigin = fileName ? parsed.format : "paste";
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
  const { text } = buildRevisionText(parsed.blocks);
  return {
    metadata: { ...parsed.metadata, title: parsed.metadata.title ?? deriveTitle(parsed.blocks, parsed.metadata.sourceUrl) },
    blocks: parsed.blocks,
    setAside: parsed.setAside,
    warnings: parsed.warnings,
    format: parsed.format,
    characters: [...text].length,
  };
}

export async function importArticle(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const { parsed, metadata, origin } = await parseImport(options.input);
  return createArticle(db, { actor: options.actor, workspaceId: options.workspaceId, parsed, metadata: metadata ?? {}, origin });
}
