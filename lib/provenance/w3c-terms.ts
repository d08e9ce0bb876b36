// Provenance in W3C Web Annotation exports: flat margin:* terms beside the body's real (Margin)
// creator, so another tool sees who wrote it in Margin and Margin, importing the file again, keeps
// the first origin rather than crediting the hop through Margin.
import { buildProvenance, type ImportedAssessment, type Provenance } from "./provenance";

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : null);

export function provenanceTerms(provenance: Provenance | null | undefined): Json {
  if (!provenance) return {};
  const terms: Json = {
    "margin:importedVia": provenance.via,
    "margin:originalCreator": provenance.creator,
    "margin:originalId": provenance.id,
    "margin:originalCreated": provenance.createdAt,
  };
  if (provenance.creatorName) terms["margin:originalCreatorName"] = provenance.creatorName;
  if (provenance.publishedAt) terms["margin:originalPublished"] = provenance.publishedAt;
  const assessment = provenance.assessment;
  if (assessment) {
    terms["margin:assessmentRating"] = assessment.rating;
    terms["margin:assessmentFinal"] = assessment.final;
    terms["margin:assessmentConfidence"] = assessment.confidence;
    terms["margin:assessmentPublished"] = assessment.published;
  }
  return terms;
}

/** The origin a Margin export recorded for a body or annotation, or null when it has none. */
export function provenanceFromTerms(resource: Json): Provenance | null {
  const via = str(resource["margin:importedVia"]);
  if (!via) return null;
  const rating = str(resource["margin:assessmentRating"]);
  const confidence = resource["margin:assessmentConfidence"];
  const assessment: ImportedAssessment | undefined = rating
    ? {
        rating,
        final: resource["margin:assessmentFinal"] === true,
        confidence: typeof confidence === "number" && confidence >= 0 && confidence <= 100 ? confidence : null,
        published: resource["margin:assessmentPublished"] === true,
      }
    : undefined;
  return buildProvenance({
    via,
    creator: str(resource["margin:originalCreator"]),
    creatorName: str(resource["margin:originalCreatorName"]),
    id: str(resource["margin:originalId"]),
    createdAt: str(resource["margin:originalCreated"]),
    publishedAt: str(resource["margin:originalPublished"]),
    ...(assessment ? { assessment } : {}),
  });
}
