// Two questions an import asks before it writes: does an annotation target this article's
// document, and which assessing bodies are Margin verdicts that blind review must keep hidden.
import type { Db } from "../db/client";
import type { ParsedAnnotations } from "./annotation-model";
import { marginVerdictIdOf } from "./import-assessments";

const LOOKUP_BATCH = 500;

/** An address compared loosely: scheme, "www.", fragment, trailing slash and case of host ignored. */
function comparable(address: string): string {
  try {
    const url = new URL(address.trim());
    const host = url.hostname.toLowerCase().replace(/^www\./, "");
    return `${host}${url.port ? `:${url.port}` : ""}${url.pathname.replace(/\/+$/, "")}${url.search}`;
  } catch {
    return address.trim();
  }
}

/** False only when both addresses are known and name different documents (a Margin address of this article counts as this article). */
export function sameDocument(target: string | null, sourceUrl: string | null, articleId: string): boolean {
  if (!target || !sourceUrl) return true;
  if (new RegExp(`/articles/${articleId}(?:[/?#]|$)`).test(target)) return true;
  return comparable(target) === comparable(sourceUrl);
}

/**
 * Body ids in the file that are submitted verdicts of this Margin, by someone other than the
 * importer, in a workspace with blind review: such a verdict copied into a note would show its
 * rating to members who have not rated the claim yet, which blind review forbids.
 */
export async function hiddenVerdictBodies(db: Db, parsed: ParsedAnnotations, importerId: string): Promise<Set<string>> {
  const bodyOf = new Map<string, string>();
  for (const annotation of parsed.annotations)
    for (const verdict of annotation.verdicts) {
      const id = marginVerdictIdOf(verdict.origin.id);
      if (id && verdict.origin.id) bodyOf.set(id, verdict.origin.id);
    }
  const hidden = new Set<string>();
  const ids = [...bodyOf.keys()];
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    const rows = await db.verdict.findMany({
      where: { id: { in: ids.slice(i, i + LOOKUP_BATCH) }, reviewerId: { not: importerId } },
      select: { id: true, workspace: { select: { blindReview: true } } },
    });
    for (const row of rows) if (row.workspace.blindReview) hidden.add(bodyOf.get(row.id)!);
  }
  return hidden;
}
