// Who the file says wrote something, against who is importing it. Used only to decide whether an
// assessment may become the importer's own verdict: nobody else is ever credited with anything.
import { buildProvenance, type ImportedAssessment, type Provenance } from "../provenance/provenance";
import type { ImportedOrigin } from "./annotation-model";

export interface Importer {
  userId: string;
  name: string;
  email: string;
}

/** True when the file names no author, or names the importer (e-mail, name, or their Margin address). */
export function isAttributedToImporter(origin: ImportedOrigin, importer: Importer): boolean {
  if (origin.creatorIdentities.length === 0) return true;
  const own = new Set([importer.email, `mailto:${importer.email}`, importer.name].map((v) => v.trim().toLowerCase()));
  return origin.creatorIdentities.some((identity) => {
    const wanted = identity.trim().toLowerCase();
    return own.has(wanted) || wanted.endsWith(`/users/${importer.userId.toLowerCase()}`);
  });
}

/** The provenance kept for an item: the first origin a Margin export recorded, else the file's own words. */
export function provenanceOf(
  via: string,
  origin: ImportedOrigin,
  extra: { assessment?: ImportedAssessment; publishedAt?: string | null } = {},
): Provenance {
  if (origin.earlier)
    return extra.assessment && !origin.earlier.assessment
      ? { ...origin.earlier, assessment: extra.assessment }
      : origin.earlier;
  return buildProvenance({
    via,
    creator: origin.creator,
    creatorName: origin.creatorName,
    id: origin.id,
    createdAt: origin.createdAt,
    publishedAt: extra.publishedAt ?? null,
    ...(extra.assessment ? { assessment: extra.assessment } : {}),
  });
}
