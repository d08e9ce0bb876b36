// What the audit log keeps of a claim before and after a change.
export const claimSnapshotSelect = {
  id: true,
  revisionId: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchorState: true,
  anchorConfidence: true,
  status: true,
  version: true,
} as const;
