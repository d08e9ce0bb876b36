// Annotations from other tools, reduced to what Margin imports: a quote to anchor, and notes,
// sources, tags and verdicts to attach. Keys make importing the same file twice harmless.
export interface ImportedNote {
  key: string;
  body: string;
  creator: string | null;
  created: string | null;
  replyToKey: string | null;
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
  creator: string | null;
}

export interface ImportedVerdict {
  key: string;
  rating: string;
  confidence: number;
  rationale: string;
  creator: string | null;
  final: boolean;
  published: boolean;
}

export interface ImportedAnnotation {
  key: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  creator: string | null;
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
