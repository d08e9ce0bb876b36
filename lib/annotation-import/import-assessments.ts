// Assessing bodies (verdicts and final verdicts in the file) on a newly imported claim. The rule:
// - one becomes the importer's OWN verdict only if the importer may hold one (reviewer and up),
//   has none on this claim yet, the file attributes it to nobody else (no creator, or the
//   importer's own e-mail, name or Margin address), and its rating is on the workspace's scale;
// - a final one becomes the importer's final verdict on the same terms, for editors and up; it
//   stays published only when the claim's words were found exactly as quoted;
// - any other becomes a note marked as an imported assessment (provenance keeps rating, final,
//   confidence, published), except a verdict of this Margin that blind review hides: left out.
import { RATIONALE_MAX } from "../verdicts/schemas";
import { savedVerdictSnapshot } from "../verdicts/verdict-snapshot";
import { serializeProvenance, type ImportedAssessment } from "../provenance/provenance";
import type { ImportedVerdict } from "./annotation-model";
import { isAttributedToImporter, provenanceOf } from "./attribution";
import { addImportedNote } from "./import-note";
import type { ImportScope } from "./import-scope";

const FINAL_SUMMARY_MAX = 5000;
const DEFAULT_CONFIDENCE = 70;

export interface AssessmentRules {
  via: string;
  /** The workspace's ratings by lower-cased label. */
  ratings: Map<string, { id: string; label: string }>;
  mayHoldVerdict: boolean;
  maySetFinal: boolean;
  mayPublish: boolean;
  /** Body ids of Margin verdicts by others that blind review hides from members who have not rated. */
  hiddenVerdictBodies: Set<string>;
}

/** A Margin W3C export names a verdict body `…?claim=<id>#verdict-<verdict id>`. */
export function marginVerdictIdOf(bodyId: string | null): string | null {
  return bodyId ? (/#verdict-([0-9a-f-]{36})$/i.exec(bodyId)?.[1] ?? null) : null;
}

const plain = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, "\\$1");

export function assessmentNoteBody(verdict: ImportedVerdict): string {
  const state = [verdict.final ? "final" : null, verdict.published ? "published" : null].filter(Boolean);
  const confidence = verdict.confidence !== null ? `, confidence ${verdict.confidence}%` : "";
  const rationale = verdict.rationale.trim() ? ` — ${verdict.rationale.trim()}` : "";
  return `Imported assessment: **${plain(verdict.rating)}**${state.length ? ` (${state.join(", ")})` : ""}${confidence}${rationale}`;
}

export async function importAssessments(
  scope: ImportScope,
  rules: AssessmentRules,
  input: {
    claim: { id: string; exact: string; anchoredExactly: boolean };
    verdicts: ImportedVerdict[];
    sourceIds: Map<string, string>;
    noteIds: Map<string, string>;
  },
): Promise<void> {
  const { report, importer } = scope;
  let hasVerdict = false;
  let hasFinal = false;
  for (const verdict of input.verdicts) {
    const rating = rules.ratings.get(verdict.rating.trim().toLowerCase());
    const own = isAttributedToImporter(verdict.origin, importer);
    const may = verdict.final ? rules.maySetFinal : rules.mayHoldVerdict;
    const taken = verdict.final ? hasFinal : hasVerdict;
    if (rating && own && may && !taken) {
      if (verdict.final) await writeFinalVerdict(scope, rules, input.claim, verdict, rating);
      else await writeVerdict(scope, rules, input.claim.id, verdict, rating, input.sourceIds);
      if (verdict.final) hasFinal = true;
      else hasVerdict = true;
      continue;
    }
    if (rules.hiddenVerdictBodies.has(verdict.origin.id ?? "")) {
      report.skipped.push({
        key: verdict.key,
        reason:
          "another reviewer's verdict in this Margin: not copied, so blind review keeps it from members who have not rated",
      });
      continue;
    }
    const who = verdict.origin.creator ?? "someone else";
    const reason = !may
      ? verdict.final
        ? "only editors set final verdicts"
        : "your role may not hold a verdict"
      : !own
        ? `the file credits it to ${who}`
        : !rating
          ? `rating “${verdict.rating}” is not on this workspace's scale`
          : verdict.final
            ? "this claim already has a final verdict from this file"
            : "you already have a verdict on this claim from this file";
    const assessment: ImportedAssessment = {
      rating: verdict.rating,
      final: verdict.final,
      confidence: verdict.confidence,
      published: verdict.published,
    };
    const noteId = await addImportedNote(
      scope,
      input.claim.id,
      {
        key: verdict.key,
        body: assessmentNoteBody(verdict),
        replyToKey: null,
        provenance: provenanceOf(rules.via, verdict.origin, { assessment, publishedAt: verdict.publishedAt }),
      },
      input.noteIds,
    );
    if (noteId) report.assessmentsAsNotes.push({ key: verdict.key, rating: verdict.rating, reason });
  }
}

async function writeVerdict(
  scope: ImportScope,
  rules: AssessmentRules,
  claimId: string,
  verdict: ImportedVerdict,
  rating: { id: string; label: string },
  sourceIds: Map<string, string>,
) {
  const { tx, workspaceId, articleId, importer } = scope;
  const linked = [...new Set(verdict.sourceKeys.map((key) => sourceIds.get(key)).filter((id) => id !== undefined))];
  const provenance = provenanceOf(rules.via, verdict.origin);
  const fields = {
    ratingId: rating.id,
    confidence: verdict.confidence ?? DEFAULT_CONFIDENCE,
    rationale: verdict.rationale.slice(0, RATIONALE_MAX),
  };
  const created = await tx.verdict.create({
    data: {
      ...fields,
      workspaceId,
      claimId,
      reviewerId: importer.userId,
      submittedAt: new Date(),
      provenance: serializeProvenance(provenance),
    },
    select: { id: true, submittedAt: true, version: true },
  });
  if (linked.length)
    await tx.verdictSource.createMany({ data: linked.map((sourceId) => ({ verdictId: created.id, sourceId })) });
  await scope.audit.record({
    workspaceId,
    actorId: importer.userId,
    action: "verdict.import",
    entityType: "verdict",
    entityId: created.id,
    articleId,
    claimId,
    after: {
      ...savedVerdictSnapshot({ ...created, claimId, reviewerId: importer.userId }, fields, rating.label, linked),
      provenance,
    },
  });
  scope.report.verdicts++;
}

async function writeFinalVerdict(
  scope: ImportScope,
  rules: AssessmentRules,
  claim: { id: string; exact: string; anchoredExactly: boolean },
  verdict: ImportedVerdict,
  rating: { id: string; label: string },
) {
  const { tx, workspaceId, articleId, importer, report } = scope;
  const published = verdict.published && rules.mayPublish && claim.anchoredExactly;
  if (verdict.published && !published)
    report.warnings.push({
      key: verdict.key,
      message: "final verdict published in the file, left unpublished: the quote was not found word for word",
    });
  const provenance = provenanceOf(rules.via, verdict.origin, { publishedAt: verdict.publishedAt });
  const summary = (verdict.rationale.trim() || rating.label).slice(0, FINAL_SUMMARY_MAX);
  const created = await tx.finalVerdict.create({
    data: {
      workspaceId,
      claimId: claim.id,
      editorId: importer.userId,
      ratingId: rating.id,
      summary,
      published,
      publishedAt: published ? new Date() : null,
      publishedExact: published ? claim.exact : null,
      provenance: serializeProvenance(provenance),
    },
    select: { id: true, version: true },
  });
  const after = { id: created.id, claimId: claim.id, rating: rating.label, summary, editorId: importer.userId };
  const entry = { workspaceId, actorId: importer.userId, entityId: created.id, articleId, claimId: claim.id };
  await scope.audit.record({
    ...entry,
    action: "final_verdict.import",
    entityType: "final_verdict",
    after: { ...after, published: false, provenance },
  });
  if (published)
    await scope.audit.record({
      ...entry,
      action: "final_verdict.publish",
      entityType: "final_verdict",
      before: { ...after, published: false },
      after: { ...after, published: true },
    });
  report.finalVerdicts++;
}
