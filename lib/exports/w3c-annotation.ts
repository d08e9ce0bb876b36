// A claim as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the article span is the
// target (TextQuoteSelector + TextPositionSelector in code points, the revision as a TimeState);
// notes are "commenting" bodies, sources "linking" bodies, verdicts "assessing" bodies and tags
// "tagging" bodies, each with its creator and times. Margin's own fields (stance, confidence...)
// travel as margin:* terms so an export imports back without loss. Imported work keeps what its
// file said about its origin (margin:original* terms, and `via` for an original annotation IRI)
// beside its Margin creator, the person who imported it.
import { provenanceTerms } from "../provenance/w3c-terms";
import type { ExportArticle, ExportClaim, ExportContext, ExportRating, Person } from "./export-model";
import { iri } from "./export-model";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const W3C_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
export const MARGIN_NS = "https://margin.invalid/ns#";

export function annotationContext(): (string | Record<string, string>)[] {
  return [ANNO_CONTEXT, { margin: MARGIN_NS }];
}

type Json = Record<string, unknown>;
const isIri = (value: string | null | undefined): value is string =>
  Boolean(value && /^(https?|urn):\S+$/i.test(value));

function agent(ctx: ExportContext, person: Person): Json {
  return { id: iri.person(ctx, person.id), type: "Person", name: person.name };
}

function rating(r: ExportRating): Json {
  return {
    "margin:ratingId": r.id,
    "margin:rating": r.label,
    "margin:ordinal": r.ordinal,
    "margin:claimReviewValue": r.claimReviewValue,
  };
}

export function claimToAnnotation(ctx: ExportContext, article: ExportArticle, claim: ExportClaim): Json {
  const base = iri.claim(ctx, article.id, claim.id);
  const bodies: Json[] = [
    ...claim.tags.map((tag) => ({ type: "TextualBody", purpose: "tagging", value: tag })),
    ...claim.notes.map((note) => ({
      id: `${base}#note-${note.id}`,
      type: "TextualBody",
      purpose: note.replyToId ? "replying" : "commenting",
      value: note.body,
      format: "text/markdown",
      creator: agent(ctx, note.author),
      created: note.createdAt.toISOString(),
      modified: note.updatedAt.toISOString(),
      ...(note.replyToId ? { "margin:replyTo": `${base}#note-${note.replyToId}` } : {}),
      ...(note.tags.length ? { "margin:tags": note.tags } : {}),
      ...provenanceTerms(note.provenance),
    })),
    ...claim.sources.map((source) => ({
      id: `${base}#source-${source.id}`,
      type: "SpecificResource",
      purpose: "linking",
      source: source.url,
      creator: agent(ctx, source.addedBy),
      created: source.createdAt.toISOString(),
      modified: source.updatedAt.toISOString(),
      "margin:title": source.title,
      "margin:publisher": source.publisher,
      "margin:excerpt": source.excerpt,
      "margin:stance": source.stance,
      "margin:accessedAt": source.accessedAt?.toISOString() ?? null,
      "margin:archivedUrl": source.archivedUrl,
      ...provenanceTerms(source.provenance),
    })),
    ...claim.verdicts.map((verdict) => ({
      id: `${base}#verdict-${verdict.id}`,
      type: "TextualBody",
      purpose: "assessing",
      value: verdict.rationale.trim() ? `${verdict.rating.label}: ${verdict.rationale}` : verdict.rating.label,
      format: "text/markdown",
      creator: agent(ctx, verdict.reviewer),
      created: verdict.submittedAt.toISOString(),
      modified: verdict.updatedAt.toISOString(),
      ...rating(verdict.rating),
      "margin:confidence": verdict.confidence,
      "margin:rationale": verdict.rationale,
      "margin:sources": verdict.sourceIds.map((id) => `${base}#source-${id}`),
      ...provenanceTerms(verdict.provenance),
    })),
    ...(claim.finalVerdict
      ? [
          {
            id: `${base}#final-verdict`,
            type: "TextualBody",
            purpose: "assessing",
            value: `${claim.finalVerdict.rating.label}: ${claim.finalVerdict.summary}`,
            format: "text/markdown",
            creator: agent(ctx, claim.finalVerdict.editor),
            created: claim.finalVerdict.createdAt.toISOString(),
            modified: claim.finalVerdict.updatedAt.toISOString(),
            ...rating(claim.finalVerdict.rating),
            "margin:final": true,
            "margin:summary": claim.finalVerdict.summary,
            "margin:published": claim.finalVerdict.published,
            "margin:publishedAt": claim.finalVerdict.publishedAt?.toISOString() ?? null,
            "margin:claimReviewed": claim.finalVerdict.claimReviewed,
            ...(ctx.publisher.publicSite && claim.finalVerdict.published
              ? { "margin:publicUrl": iri.publicFactCheck(ctx, claim.id) }
              : {}),
            ...provenanceTerms(claim.finalVerdict.provenance),
          },
        ]
      : []),
  ];
  return {
    id: iri.annotation(ctx, claim.id),
    type: "Annotation",
    motivation: "assessing",
    creator: agent(ctx, claim.createdBy),
    created: claim.createdAt.toISOString(),
    modified: claim.updatedAt.toISOString(),
    generator: { id: ctx.origin, type: "Software", name: "Margin" },
    ...(isIri(claim.provenance?.id) ? { via: claim.provenance.id } : {}),
    ...provenanceTerms(claim.provenance),
    ...(bodies.length ? { body: bodies } : {}),
    target: {
      type: "SpecificResource",
      source: article.sourceUrl ?? iri.article(ctx, article.id),
      selector: [
        { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
      state: {
        type: "TimeState",
        sourceDate: article.revision.createdAt.toISOString(),
        cached: iri.revision(ctx, article.id, article.revision.number),
      },
      "margin:article": iri.article(ctx, article.id),
      "margin:status": claim.status,
      "margin:anchorState": claim.anchorState,
      "margin:claimant": claim.claimant,
      "margin:claimDate": claim.claimDate,
      "margin:appearanceUrl": claim.appearanceUrl,
    },
  };
}
