// One annotation becomes one claim of the article, written as the importer's: its quote anchored in
// the current text (or kept as an orphaned claim, never dropped), its notes and sources, then its
// assessments (import-assessments.ts). Every row carries what the file said about its origin.
import { isValidTagName } from "../tags/ensure-tags";
import { describeRange, type AnchorResult, type CodePointIndex } from "../anchoring";
import { anchorSelectors } from "../claims/create-claim-from-selectors";
import { insertClaim } from "../claims/insert-claim";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import { serializeProvenance } from "../provenance/provenance";
import { upsertSearchEntry } from "../search/search-entries";
import { SOURCES_PER_CLAIM_MAX, sourceFieldsSchema } from "../sources/schemas";
import { sourceSearchText } from "../sources/source-snapshot";
import type { ImportedAnnotation, ImportedSource } from "./annotation-model";
import { provenanceOf } from "./attribution";
import { importAssessments, type AssessmentRules } from "./import-assessments";
import { addImportedNote } from "./import-note";
import type { ImportScope } from "./import-scope";

export interface ClaimImportContext extends AssessmentRules {
  via: string;
  /** `anchored`: where each annotation (by key) was found, all of them together. */
  revision: { id: string; index: CodePointIndex; anchored?: ReadonlyMap<string, AnchorResult> };
}

/** An imported annotation's W3C selectors. */
export function selectorOf(annotation: ImportedAnnotation) {
  return [
    ...(annotation.quote ? [{ type: "TextQuoteSelector" as const, ...annotation.quote }] : []),
    ...(annotation.position ? [{ type: "TextPositionSelector" as const, ...annotation.position }] : []),
  ];
}

export async function importClaim(
  scope: ImportScope,
  context: ClaimImportContext,
  annotation: ImportedAnnotation,
): Promise<string> {
  const { report } = scope;
  const index = context.revision.index;
  const result = context.revision.anchored?.get(annotation.key) ?? anchorSelectors(index, selectorOf(annotation));
  const quote = annotation.quote?.exact ?? "";
  const orphan = result.state === "orphaned" || result.start === null || result.end === null;
  const selectors = orphan
    ? {
        quote: {
          type: "TextQuoteSelector" as const,
          exact: quote,
          prefix: annotation.quote?.prefix ?? "",
          suffix: annotation.quote?.suffix ?? "",
        },
        position: {
          type: "TextPositionSelector" as const,
          start: annotation.position?.start ?? 0,
          end: annotation.position?.end ?? 0,
        },
      }
    : describeRange(index, result.start!, result.end!);
  if (orphan) report.orphaned.push({ key: annotation.key, quote });
  else if (result.state === "changed") report.changed.push({ key: annotation.key, quote });
  else report.anchored++;
  const claim = await insertClaim(scope.tx, scope.audit, {
    workspaceId: scope.workspaceId,
    articleId: scope.articleId,
    revisionId: context.revision.id,
    selectors,
    anchorState: orphan ? "orphaned" : result.state === "changed" ? "changed" : "anchored",
    anchorConfidence: result.confidence,
    createdById: scope.importer.userId,
    // A tag Margin would refuse from a person (too long, control characters) is left out.
    tags: annotation.tags.filter(isValidTagName),
    importKey: annotation.key,
    provenance: serializeProvenance(provenanceOf(context.via, annotation.origin)),
    action: "claim.import",
  });
  const noteIds = new Map<string, string>();
  for (const note of annotation.notes)
    await addImportedNote(
      scope,
      claim.id,
      {
        key: note.key,
        body: note.body,
        replyToKey: note.replyToKey,
        provenance: provenanceOf(context.via, note.origin),
      },
      noteIds,
    );
  const sourceIds = new Map<string, string>();
  for (const source of annotation.sources) {
    if (sourceIds.size >= SOURCES_PER_CLAIM_MAX) {
      report.skipped.push({ key: source.key, reason: `a claim holds at most ${SOURCES_PER_CLAIM_MAX} sources` });
      continue;
    }
    const id = await addImportedSource(scope, context.via, claim.id, source);
    if (id) sourceIds.set(source.key, id);
  }
  // Exactly: the claim reads what the file quoted, where a published final verdict may stay published.
  const exact = !orphan && result.state !== "changed" && (!annotation.quote || claim.exact === annotation.quote.exact);
  await importAssessments(scope, context, {
    claim: { id: claim.id, exact: claim.exact, anchoredExactly: exact },
    verdicts: annotation.verdicts,
    sourceIds,
    noteIds,
  });
  await refreshClaimStatus(scope.tx, scope.audit, claim.id, scope.importer.userId);
  return claim.id;
}

async function addImportedSource(
  scope: ImportScope,
  via: string,
  claimId: string,
  source: ImportedSource,
): Promise<string | null> {
  const { tx, workspaceId, articleId, importer, report } = scope;
  const { key: _key, origin: _origin, ...sourceFields } = source;
  const fields = sourceFieldsSchema.safeParse({ ...sourceFields, accessedAt: source.accessedAt?.slice(0, 10) ?? null });
  if (!fields.success) {
    report.skipped.push({
      key: source.key,
      reason: `source not imported: ${fields.error.issues[0]?.message ?? "invalid"}`,
    });
    return null;
  }
  const provenance = provenanceOf(via, source.origin);
  const created = await tx.source.create({
    data: {
      ...fields.data,
      workspaceId,
      claimId,
      addedById: importer.userId,
      provenance: serializeProvenance(provenance),
    },
    select: { id: true },
  });
  await upsertSearchEntry(tx, {
    workspaceId,
    kind: "source",
    entityId: created.id,
    articleId,
    claimId,
    body: sourceSearchText(fields.data),
  });
  await scope.audit.record({
    workspaceId,
    actorId: importer.userId,
    action: "source.import",
    entityType: "source",
    entityId: created.id,
    articleId,
    claimId,
    after: { ...fields.data, addedById: importer.userId, provenance },
  });
  report.sources++;
  return created.id;
}
