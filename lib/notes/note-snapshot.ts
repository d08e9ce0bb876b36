export const noteSnapshotSelect = {
  id: true,
  claimId: true,
  authorId: true,
  body: true,
  replyToId: true,
  deletedAt: true,
  version: true,
} as const;
