// An editor imports other fact-checkers' ClaimReviews (a JSON-LD document, a page carrying it, or
// a feed address the server fetches through the SSRF-safe fetcher) into the workspace's library of
// known fact-checks. Idempotent by address: a review imported again updates its row.
import type { Actor } from "../auth/actor";
import { fetchArticleHtml, UrlImportError } from "../article-import/fetch-article-url";
import { urlImportPolicy } from "../article-import/url-import-policy";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import { parseClaimReviews } from "./parse-claim-reviews";
import { importFactChecksSchema } from "./schemas";

const FEED_TYPES = ["application/ld+json", "application/json"] as const;

export interface FactCheckImport {
  added: number;
  updated: number;
  /** ClaimReviews without an address or the claim they reviewed. */
  skipped: number;
}

async function fetchFeed(url: string): Promise<string> {
  try {
    return (await fetchArticleHtml(url, { ...urlImportPolicy(), extraMediaTypes: FEED_TYPES })).html;
  } catch (error) {
    if (error instanceof UrlImportError)
      throw new AppError("validation_failed", error.message, { fields: { url: [error.message] }, reason: error.code });
    throw error;
  }
}

export async function importFactChecks(
  db: Db,
  options: { actor: Actor; workspaceId: string; input: unknown },
): Promise<FactCheckImport> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "library.import");
  const input = importFactChecksSchema.parse(options.input);
  const content = input.url ? await fetchFeed(input.url) : input.content!;
  const { found, skipped } = parseClaimReviews(content);
  if (found.length === 0)
    throw new AppError(
      "validation_failed",
      skipped
        ? `None of the ${skipped} ClaimReviews found names both its address and the claim it reviewed.`
        : "No schema.org ClaimReview found: give a JSON-LD document, a feed or a page that carries one.",
    );
  // The last of several reviews with one address wins, as a later import would.
  const byUrl = new Map(found.map((f) => [f.url, f]));
  return writeWithAudit(db, async (tx, audit) => {
    const existing = new Set(
      (
        await tx.knownFactCheck.findMany({
          where: { workspaceId: options.workspaceId, url: { in: [...byUrl.keys()] } },
          select: { url: true },
        })
      ).map((row) => row.url),
    );
    for (const fact of byUrl.values()) {
      const fields = {
        claimReviewed: fact.claimReviewed,
        claimant: fact.claimant,
        publisher: fact.publisher,
        ratingText: fact.ratingText,
        datePublished: fact.datePublished,
        importedById: member.userId,
      };
      await tx.knownFactCheck.upsert({
        where: { workspaceId_url: { workspaceId: options.workspaceId, url: fact.url } },
        create: { workspaceId: options.workspaceId, url: fact.url, ...fields },
        update: fields,
      });
    }
    const result = { added: byUrl.size - existing.size, updated: existing.size, skipped };
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "library.import",
      entityType: "workspace",
      entityId: options.workspaceId,
      after: { ...result, from: input.url ?? "a document" },
    });
    return result;
  });
}
