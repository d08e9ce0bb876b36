// Annotations from other tools, reduced to what Margin imports: a quote to anchor, and notes,
// sources, tags and verdicts to attach. Keys (the file's ids) make importing the same file into
// the same article twice harmless. What a file says about authors and times is an ImportedOrigin:
// kept as provenance, never matched to a member.
import type { Provenance } from "../provenance/provenance";

export interface ImportedOrigin {
  /** How the file names the author: an account ("acct:rosa@hypothes.is"), a name, an IRI. */
  creator: string | null;
  /** A display name given beside `creator`. */
  creatorName: string | null;
  /** Every string the file identifies the author by (name, e-mail, account, IRI). */
  creatorIdentities: string[];
  /** The item's id in the file. */
  id: string | null;
  /** When the file says it was made. */
  createdAt: string | null;
  /** The first origin, when the file is a Margin export of work that was itself imported. */
  earlier: Provenance | null;
}

export interface ImportedNote {
  key: string;
  body: string;
  replyToKey: string | null;
  origin: ImportedOrigin;
}

export interface ImportedSource {
  key: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  stance: "supports" | "refutes" | "context";
  accessedAt: string | null;
  archivedUrl: string | null;
  origin: ImportedOrigin;
}

/** An assessing body: a reviewer's verdict or (final) an editor's final verdict, as the file says. */
export interface ImportedVerdict {
  key: string;
  rating: string;
  confidence: number | null;
  rationale: string;
  final: boolean;
  published: boolean;
  publishedAt: string | null;
  /** Keys of the sources (in the same annotation) the verdict rests on. */
  sourceKeys: string[];
  origin: ImportedOrigin;
}

export interface ImportedAnnotation {
  key: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  /** The address of the document the file says it annotates. */
  targetSource: string | null;
  origin: ImportedOrigin;
  notes: ImportedNote[];
  sources: ImportedSource[];
  tags: string[];
  verdicts: ImportedVerdict[];
}

export interface ImportedReply extends ImportedNote {
  /** The annotation this reply belongs under (Hypothesis replies are separate annotations). */
  annotationKey: string;
}

export interface ParsedAnnotations {
  format: "w3c" | "hypothesis";
  annotations: ImportedAnnotation[];
  replies: ImportedReply[];
}
