// Imports W3C Web Annotations or a Hypothesis export into one article, as the person importing:
// everything written (claims, notes, sources, verdicts, final verdicts) is theirs, within their
// role. What the file says about who wrote what, and when, is kept as provenance beside each row
// (lib/provenance), never matched to a member. Every quote is anchored in the article's current
// text; what cannot be anchored becomes an orphaned claim (listed, kept with its notes). Importing
// the same file into the same article again adds nothing: claims and notes remember their keys.
import { CodePointIndex } from "../anchoring";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan, can } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { ParsedAnnotations } from "./annotation-model";
import { anchorManySelectors } from "../claims/create-claim-from-selectors";
import { importClaim, selectorOf } from "./import-claim";
import { addImportedNote } from "./import-note";
import { emptyReport, type ImportReport } from "./import-report";
import type { ImportScope } from "./import-scope";
import { hiddenVerdictBodies, sameDocument } from "./import-checks";
import { provenanceOf } from "./attribution";
import { isHypothesisExport, parseHypothesis } from "./parse-hypothesis";
import { isW3cAnnotations, parseW3c } from "./parse-w3c";

export type { ImportReport } from "./import-report";

export const MAX_IMPORTED_ANNOTATIONS = 5000;

export function parseAnnotationFile(input: unknown): ParsedAnnotations {
  if (isHypothesisExport(input)) return parseHypothesis(input as Record<string, unknown>);
  if (isW3cAnnotations(input)) return parseW3c(input as Record<string, unknown>);
  throw new AppError(
    "validation_failed",
    "This is neither W3C Web Annotation JSON (an Annotation, AnnotationPage or AnnotationCollection) nor a Hypothesis export ({ annotations: [...] }).",
  );
}

export async function importAnnotations(
  db: Db,
  options: { actor: Actor; workspaceId: string; articleId: string; input: unknown },
): Promise<ImportReport> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "import.annotations");
  // An import writes what these allow; each is checked, not assumed from the import right.
  for (const action of ["claim.create", "note.create", "source.create", "tag.create"] as const)
    assertCan(member, action);
  const parsed = parseAnnotationFile(options.input);
  if (parsed.annotations.length + parsed.replies.length > MAX_IMPORTED_ANNOTATIONS) {
    throw new AppError(
      "payload_too_large",
      `This file holds more than ${MAX_IMPORTED_ANNOTATIONS} annotations; split it.`,
    );
  }
  const [article, importer, ratings] = await Promise.all([
    db.article.findFirst({
      where: { id: options.articleId, workspaceId: options.workspaceId },
      select: { id: true, sourceUrl: true, currentRevision: { select: { id: true, text: true } } },
    }),
    db.user.findUniqueOrThrow({ where: { id: member.userId }, select: { id: true, name: true, email: true } }),
    db.rating.findMany({
      where: { workspaceId: options.workspaceId, archivedAt: null },
      select: { id: true, label: true },
    }),
  ]);
  if (!article?.currentRevision) throw new AppError("not_found", "Article not found.");
  const index = new CodePointIndex(article.currentRevision.text);
  // All quotes found together: each is checked against where its neighbours went.
  const anchorable = parsed.annotations.filter((a) => a.quote || a.position);
  const found = anchorManySelectors(index, anchorable.map(selectorOf));
  const revision = {
    id: article.currentRevision.id,
    index,
    anchored: new Map(anchorable.map((a, i) => [a.key, found[i]!])),
  };
  const report = emptyReport(parsed.format);
  const rules = {
    via: parsed.format,
    ratings: new Map(ratings.map((rating) => [rating.label.trim().toLowerCase(), rating])),
    mayHoldVerdict: can(member, "verdict.submit", { ownerId: member.userId }),
    maySetFinal: can(member, "final_verdict.set"),
    mayPublish: can(member, "final_verdict.publish"),
    hiddenVerdictBodies: await hiddenVerdictBodies(db, parsed, member.userId),
  };

  await writeWithAudit(db, async (tx, audit) => {
    const scope: ImportScope = {
      tx,
      audit,
      workspaceId: options.workspaceId,
      articleId: article.id,
      importer: { userId: importer.id, name: importer.name, email: importer.email },
      report,
    };
    const claimByKey = new Map<string, string>();
    for (const annotation of parsed.annotations) {
      const existing = await tx.claim.findUnique({
        where: { articleId_importKey: { articleId: article.id, importKey: annotation.key } },
        select: { id: true },
      });
      if (existing) {
        claimByKey.set(annotation.key, existing.id);
        report.claims.push({ key: annotation.key, claimId: existing.id });
        report.alreadyImported++;
        continue;
      }
      if (!annotation.quote && !annotation.position) {
        report.skipped.push({ key: annotation.key, reason: "no quote or position to anchor" });
        continue;
      }
      if (!sameDocument(annotation.targetSource, article.sourceUrl, article.id))
        report.warnings.push({
          key: annotation.key,
          message: `annotates ${annotation.targetSource}, not this article's source (${article.sourceUrl}); imported anyway`,
        });
      const claimId = await importClaim(scope, { ...rules, revision }, annotation);
      claimByKey.set(annotation.key, claimId);
      report.claims.push({ key: annotation.key, claimId });
    }
    const replyKeys = new Map<string, Map<string, string>>();
    for (const reply of parsed.replies) {
      const claimId = claimByKey.get(reply.annotationKey);
      if (!claimId) {
        report.skipped.push({ key: reply.key, reason: "reply to an annotation that is not in this file" });
        continue;
      }
      await addImportedNote(
        scope,
        claimId,
        { ...reply, provenance: provenanceOf(parsed.format, reply.origin) },
        replyKeys.get(claimId) ?? replyKeys.set(claimId, new Map()).get(claimId)!,
      );
    }
  });
  return report;
}
