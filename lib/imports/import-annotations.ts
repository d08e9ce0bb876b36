// Imports W3C Web Annotations or a Hypothesis export into one article: every quote is anchored in
// the article's current text with the anchoring library; what cannot be anchored becomes an
// orphaned claim (listed, kept with its notes, never dropped). Importing the same file again adds
// nothing: claims and notes remember the key they came from.
import { CodePointIndex, describeRange } from "../anchoring";
import type { Actor } from "../auth/actor";
import { anchorSelectors } from "../claims/create-claim-from-selectors";
import { insertClaim } from "../claims/insert-claim";
import { refreshClaimStatus } from "../claims/refresh-claim-status";
import type { Db, DbTx } from "../db/client";
import { writeWithAudit, type AuditTrail } from "../db/write-with-audit";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { isRole, roleAtLeast } from "../permissions/roles";
import { upsertSearchEntry } from "../search/search-entries";
import { sourceFieldsSchema } from "../sources/schemas";
import { getMemberActor } from "../workspaces/get-member-actor";
import type { ImportedAnnotation, ParsedAnnotations } from "./annotation-model";
import { isHypothesisExport, parseHypothesis } from "./parse-hypothesis";
import { isW3cAnnotations, parseW3c } from "./parse-w3c";

export const MAX_IMPORTED_ANNOTATIONS = 5000;

export interface ImportReport {
  format: "w3c" | "hypothesis";
  anchored: number;
  changed: { key: string; quote: string }[];
  orphaned: { key: string; quote: string }[];
  alreadyImported: number;
  notes: number;
  sources: number;
  verdicts: number;
  skipped: { key: string; reason: string }[];
  /** The claim each annotation became (or already was). */
  claims: { key: string; claimId: string }[];
}

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
  const parsed = parseAnnotationFile(options.input);
  if (parsed.annotations.length + parsed.replies.length > MAX_IMPORTED_ANNOTATIONS) {
    throw new AppError(
      "payload_too_large",
      `This file holds more than ${MAX_IMPORTED_ANNOTATIONS} annotations; split it.`,
    );
  }
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true, currentRevision: { select: { id: true, text: true } } },
  });
  if (!article?.currentRevision) throw new AppError("not_found", "Article not found.");
  const revision = article.currentRevision;
  const members = await db.membership.findMany({
    where: { workspaceId: options.workspaceId },
    select: { userId: true, role: true, user: { select: { name: true, email: true } } },
  });
  const ratings = await db.rating.findMany({
    where: { workspaceId: options.workspaceId, archivedAt: null },
    select: { id: true, label: true },
  });
  // People are matched by name or e-mail; anyone else's words are attributed to the importer.
  const personOf = (creator: string | null) => {
    const wanted = creator?.trim().toLowerCase();
    const found = wanted
      ? members.find((m) => m.user.name.toLowerCase() === wanted || m.user.email.toLowerCase() === wanted)
      : undefined;
    return found ?? members.find((m) => m.userId === member.userId)!;
  };
  const report: ImportReport = {
    format: parsed.format,
    anchored: 0,
    changed: [],
    orphaned: [],
    alreadyImported: 0,
    notes: 0,
    sources: 0,
    verdicts: 0,
    skipped: [],
    claims: [],
  };
  const index = new CodePointIndex(revision.text);

  await writeWithAudit(db, async (tx, audit) => {
    const claimByKey = new Map<string, string>();
    for (const annotation of parsed.annotations) {
      const existing = await tx.claim.findUnique({
        where: { articleId_importKey: { articleId: options.articleId, importKey: annotation.key } },
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
      const claimId = await importOne(tx, audit, annotation);
      if (claimId) {
        claimByKey.set(annotation.key, claimId);
        report.claims.push({ key: annotation.key, claimId });
      }
    }
    for (const reply of parsed.replies) {
      const claimId = claimByKey.get(reply.annotationKey);
      if (!claimId) {
        report.skipped.push({ key: reply.key, reason: "reply to an annotation that is not in this file" });
        continue;
      }
      if (await addNote(tx, audit, claimId, reply)) report.notes++;
    }
  });
  return report;

  async function importOne(tx: DbTx, audit: AuditTrail, annotation: ImportedAnnotation): Promise<string | null> {
    const selector = [
      ...(annotation.quote ? [{ type: "TextQuoteSelector" as const, ...annotation.quote }] : []),
      ...(annotation.position ? [{ type: "TextPositionSelector" as const, ...annotation.position }] : []),
    ];
    const result = anchorSelectors(index, selector);
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
    const claim = await insertClaim(tx, audit, {
      workspaceId: options.workspaceId,
      articleId: options.articleId,
      revisionId: revision.id,
      selectors,
      anchorState: orphan ? "orphaned" : result.state === "changed" ? "changed" : "anchored",
      anchorConfidence: result.confidence,
      createdById: personOf(annotation.creator).userId,
      tags: annotation.tags,
      importKey: annotation.key,
      action: "claim.import",
    });
    const noteIds = new Map<string, string>();
    for (const note of annotation.notes) {
      const id = await addNote(tx, audit, claim.id, { ...note, replyToKey: note.replyToKey }, noteIds);
      if (id) report.notes++;
    }
    for (const source of annotation.sources) {
      const fields = sourceFieldsSchema.safeParse({ ...source, accessedAt: source.accessedAt?.slice(0, 10) ?? null });
      if (!fields.success) {
        report.skipped.push({
          key: source.key,
          reason: `source not imported: ${fields.error.issues[0]?.message ?? "invalid"}`,
        });
        continue;
      }
      const created = await tx.source.create({
        data: {
          ...fields.data,
          workspaceId: options.workspaceId,
          claimId: claim.id,
          addedById: personOf(source.creator).userId,
        },
        select: { id: true },
      });
      await upsertSearchEntry(tx, {
        workspaceId: options.workspaceId,
        kind: "source",
        entityId: created.id,
        articleId: options.articleId,
        claimId: claim.id,
        body: `${fields.data.title}\n${fields.data.url}`,
      });
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: "source.import",
        entityType: "source",
        entityId: created.id,
        articleId: options.articleId,
        claimId: claim.id,
        after: fields.data,
      });
      report.sources++;
    }
    for (const verdict of annotation.verdicts) {
      const rating = ratings.find((r) => r.label.toLowerCase() === verdict.rating.toLowerCase());
      const person = personOf(verdict.creator);
      if (!rating) {
        report.skipped.push({
          key: verdict.key,
          reason: `rating “${verdict.rating}” is not on this workspace's scale`,
        });
        continue;
      }
      if (verdict.final) {
        if (!isRole(person.role) || !roleAtLeast(person.role, "editor")) {
          report.skipped.push({
            key: verdict.key,
            reason: "final verdicts are imported only for editors of this workspace",
          });
          continue;
        }
        await tx.finalVerdict.create({
          data: {
            workspaceId: options.workspaceId,
            claimId: claim.id,
            editorId: person.userId,
            ratingId: rating.id,
            summary: verdict.rationale || rating.label,
          },
        });
      } else {
        if (
          !isRole(person.role) ||
          !roleAtLeast(person.role, "reviewer") ||
          (await tx.verdict.count({ where: { claimId: claim.id, reviewerId: person.userId } }))
        ) {
          report.skipped.push({
            key: verdict.key,
            reason: "verdict's reviewer is not a reviewer here, or already rated this claim",
          });
          continue;
        }
        await tx.verdict.create({
          data: {
            workspaceId: options.workspaceId,
            claimId: claim.id,
            reviewerId: person.userId,
            ratingId: rating.id,
            confidence: Math.max(0, Math.min(100, verdict.confidence)),
            rationale: verdict.rationale,
            submittedAt: new Date(),
          },
        });
      }
      await audit.record({
        workspaceId: options.workspaceId,
        actorId: member.userId,
        action: verdict.final ? "final_verdict.import" : "verdict.import",
        entityType: verdict.final ? "final_verdict" : "verdict",
        entityId: claim.id,
        articleId: options.articleId,
        claimId: claim.id,
        after: { rating: rating.label, reviewer: person.user.name },
      });
      report.verdicts++;
    }
    await refreshClaimStatus(tx, audit, claim.id, member.userId);
    return claim.id;
  }

  async function addNote(
    tx: DbTx,
    audit: AuditTrail,
    claimId: string,
    note: { key: string; body: string; creator: string | null; replyToKey: string | null },
    keys = new Map<string, string>(),
  ): Promise<string | null> {
    if (
      await tx.note.findUnique({
        where: { claimId_importKey: { claimId, importKey: note.key } },
        select: { id: true },
      })
    )
      return null;
    const replyToId = note.replyToKey
      ? (keys.get(note.replyToKey) ??
        (
          await tx.note.findUnique({
            where: { claimId_importKey: { claimId, importKey: note.replyToKey } },
            select: { id: true },
          })
        )?.id ??
        null)
      : null;
    const created = await tx.note.create({
      data: {
        workspaceId: options.workspaceId,
        claimId,
        authorId: personOf(note.creator).userId,
        body: note.body.slice(0, 20_000),
        replyToId,
        importKey: note.key,
      },
      select: { id: true },
    });
    keys.set(note.key, created.id);
    await upsertSearchEntry(tx, {
      workspaceId: options.workspaceId,
      kind: "note",
      entityId: created.id,
      articleId: options.articleId,
      claimId,
      body: note.body,
    });
    await audit.record({
      workspaceId: options.workspaceId,
      actorId: member.userId,
      action: "note.import",
      entityType: "note",
      entityId: created.id,
      articleId: options.articleId,
      claimId,
      after: { body: note.body, replyToId },
    });
    return created.id;
  }
}
