// What an imported file said about where a claim, note, source, verdict or final verdict came
// from: the tool, who it named as the author, the original id and time. Kept as JSON in the
// `provenance` column beside the row, shown as one line in the reader and exported again. It is a
// record of the file's words, never an identity: Margin's author of the row is always the person
// who imported it.
import { z } from "zod";

/** Longest text kept per field: a file's words are shown, not trusted to be short. */
const FIELD_MAX = 500;
const ID_MAX = 2000;

const text = (max: number) => z.string().max(max);

export const assessmentSchema = z.object({
  rating: text(FIELD_MAX),
  final: z.boolean(),
  confidence: z.number().min(0).max(100).nullable(),
  published: z.boolean(),
});
export type ImportedAssessment = z.infer<typeof assessmentSchema>;

// Loose: a newer Margin may add fields; an older one keeps them when it exports again.
export const provenanceSchema = z.looseObject({
  /** The tool or format it came through: "hypothesis", "w3c". */
  via: z.string().min(1).max(40),
  /** The author as the file names them: an account ("acct:rosa@hypothes.is"), a name, an IRI. */
  creator: text(FIELD_MAX).nullable(),
  /** A display name the file gives beside `creator` (Hypothesis's display name). */
  creatorName: text(FIELD_MAX).nullable().optional(),
  /** The original annotation's or body's id. */
  id: text(ID_MAX).nullable(),
  /** When the original was made (ISO 8601), or null when the file does not say. */
  createdAt: z.iso.datetime({ offset: true }).nullable(),
  /** For a final verdict: when the file says it was published. */
  publishedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** For a note that holds an assessment Margin did not take as a verdict: what it said. */
  assessment: assessmentSchema.optional(),
  /** For a final verdict started from the final verdict of a claim of its family (via "family"). */
  startedFrom: z
    .object({ claimId: z.string(), exact: text(FIELD_MAX), articleId: z.string(), articleTitle: text(FIELD_MAX) })
    .optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Words for the tools Margin imports from; anything else is shown as it is named. */
const VIA_LABELS: Record<string, string> = {
  hypothesis: "Hypothesis",
  w3c: "W3C Web Annotations",
};

const clip = (value: string | null | undefined, max = FIELD_MAX): string | null => {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
};

/** An ISO time from whatever the file wrote, or null when it is not a time. */
export function isoTimeOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** Provenance from a file's loosely typed words: strings clipped, times made ISO, empty values dropped. */
export function buildProvenance(input: {
  via: string;
  creator?: string | null;
  creatorName?: string | null;
  id?: string | null;
  createdAt?: string | null;
  publishedAt?: string | null;
  assessment?: ImportedAssessment;
}): Provenance {
  const creator = clip(input.creator);
  const creatorName = clip(input.creatorName);
  const publishedAt = isoTimeOrNull(input.publishedAt);
  return provenanceSchema.parse({
    via: clip(input.via, 40) ?? "import",
    creator: creator ?? creatorName,
    ...(creatorName && creator && creatorName !== creator ? { creatorName } : {}),
    id: clip(input.id, ID_MAX),
    createdAt: isoTimeOrNull(input.createdAt),
    ...(publishedAt ? { publishedAt } : {}),
    ...(input.assessment
      ? { assessment: { ...input.assessment, rating: clip(input.assessment.rating) ?? "unrated" } }
      : {}),
  });
}

/** Where a final verdict started from the family's came from: that claim, its words and its article. */
export function familyProvenance(from: {
  claimId: string;
  exact: string;
  articleId: string;
  articleTitle: string;
}): Provenance {
  return provenanceSchema.parse({
    via: "family",
    creator: null,
    id: from.claimId,
    createdAt: null,
    startedFrom: { ...from, exact: clip(from.exact) ?? "", articleTitle: clip(from.articleTitle) ?? "" },
  });
}

export function serializeProvenance(provenance: Provenance): string {
  return JSON.stringify(provenanceSchema.parse(provenance));
}

/** The column's JSON as Provenance; null when empty or not readable (a reader never fails on it). */
export function parseProvenance(json: string | null | undefined): Provenance | null {
  if (!json) return null;
  try {
    const parsed = provenanceSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/**
 * "Imported from Hypothesis, originally by Rosa Diaz (acct:rosa@hypothes.is), 1 Dec 2016", or
 * "Started from the final verdict of “…” in <article>" for one copied from a claim of its family.
 */
export function describeProvenance(provenance: Provenance): string {
  if (provenance.startedFrom)
    return `Started from the final verdict of “${provenance.startedFrom.exact}” in ${provenance.startedFrom.articleTitle}`;
  const parts = [`Imported from ${VIA_LABELS[provenance.via] ?? provenance.via}`];
  const who = provenance.creatorName
    ? `${provenance.creatorName} (${provenance.creator ?? "unknown"})`
    : provenance.creator;
  if (who) parts.push(`originally by ${who}`);
  if (provenance.createdAt) parts.push(DAY.format(new Date(provenance.createdAt)));
  return parts.join(", ");
}
