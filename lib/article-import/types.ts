export type BlockType = "paragraph" | "heading";

export interface ArticleBlock {
  type: BlockType;
  text: string;
}

export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  authorEmail: string | null;
  /** ISO 8601; a time printed without a zone is read as UTC. */
  publishedAt: string | null;
  /** The date as the article printed it ("Nov. 23, 2016 - 17:51"). */
  publishedLabel: string | null;
  sourceUrl: string | null;
  language: string | null;
}

/** A line recognised as not article text (metadata, credits, bylines), shown in the import preview. */
export interface SetAsideLine {
  line: number;
  text: string;
  reason: string;
}

export type ImportFormat = "txt" | "markdown" | "html";

export interface ParsedArticle {
  metadata: ArticleMetadata;
  blocks: ArticleBlock[];
  setAside: SetAsideLine[];
  warnings: string[];
  format: ImportFormat;
}

export function emptyMetadata(): ArticleMetadata {
  return {
    title: null,
    outlet: null,
    byline: null,
    authorEmail: null,
    publishedAt: null,
    publishedLabel: null,
    sourceUrl: null,
    language: null,
  };
}
