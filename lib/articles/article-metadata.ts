// What describes an article, apart from its text: the reader's header, the metadata editor,
// exports and backups all read these fields, so a new one is added here once.
export const articleMetadataSelect = {
  id: true,
  title: true,
  outlet: true,
  byline: true,
  authorEmail: true,
  publishedAt: true,
  publishedLabel: true,
  sourceUrl: true,
  language: true,
} as const;

export interface ArticleMetadata {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  authorEmail: string | null;
  publishedAt: Date | null;
  publishedLabel: string | null;
  sourceUrl: string | null;
  language: string | null;
}
