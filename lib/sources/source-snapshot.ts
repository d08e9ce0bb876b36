export const sourceSnapshotSelect = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  excerpt: true,
  stance: true,
  accessedAt: true,
  archivedUrl: true,
  addedById: true,
  version: true,
} as const;

export function sourceSearchText(source: {
  title: string;
  publisher: string | null;
  excerpt: string | null;
  url: string;
}): string {
  return [source.title, source.publisher, source.excerpt, source.url].filter(Boolean).join("\n");
}
