// Margin's JSON format: a whole workspace, versioned, the backup that restores losslessly. People
// are referred to by e-mail (ids differ between installations); every other record keeps its id,
// which restore maps to new ones. Fields marked optional were added later in version 1: backups
// written before them restore with the defaults (version 1, updatedAt = createdAt, no provenance).
export const BACKUP_FORMAT = "margin-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  workspace: { id: string; name: string; slug: string; blindReview: boolean; createdAt: string };
  members: { email: string; name: string; role: string; joinedAt: string }[];
  ratings: {
    id: string;
    label: string;
    description: string;
    color: string;
    ordinal: boolean;
    position: number;
    claimReviewName: string;
    claimReviewValue: number | null;
    archivedAt: string | null;
    createdAt: string;
    updatedAt?: string;
    version?: number;
  }[];
  tags: { id: string; name: string; createdAt: string }[];
}

export interface BackupArticle {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  authorEmail: string | null;
  publishedAt: string | null;
  publishedLabel: string | null;
  sourceUrl: string | null;
  language: string | null;
  archivedAt?: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
  version?: number;
  currentRevisionId: string | null;
  revisions: {
    id: string;
    number: number;
    text: string;
    blocks: string;
    contentHash: string;
    origin: string;
    message: string | null;
    createdBy: string;
    createdAt: string;
  }[];
  claims: BackupClaim[];
  assignments: {
    id: string;
    claimId: string | null;
    assignee: string;
    assignedBy: string;
    dueAt: string | null;
    completedAt: string | null;
    withdrawnAt?: string | null;
    createdAt: string;
    updatedAt?: string;
    version?: number;
  }[];
  dismissals: { textHash: string; dismissedBy: string; createdAt: string }[];
}

export interface BackupClaim {
  id: string;
  revisionId: string;
  originalRevisionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorState: string;
  anchorConfidence: number;
  status: string;
  needsReviewReason?: string | null;
  claimantName?: string | null;
  claimantType?: string | null;
  /** YYYY-MM-DD */
  claimDate?: string | null;
  appearanceUrl?: string | null;
  importKey: string | null;
  provenance?: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
  version?: number;
  tagIds: string[];
  notes: {
    id: string;
    author: string;
    body: string;
    replyToId: string | null;
    importKey: string | null;
    provenance?: string | null;
    createdAt: string;
    updatedAt?: string;
    version?: number;
    deletedAt: string | null;
    resolvedAt?: string | null;
    resolvedBy?: string | null;
    tagIds: string[];
  }[];
  sources: {
    id: string;
    url: string;
    title: string;
    publisher: string | null;
    excerpt: string | null;
    stance: string;
    accessedAt: string | null;
    archivedUrl: string | null;
    provenance?: string | null;
    addedBy: string;
    createdAt: string;
    updatedAt?: string;
    version?: number;
  }[];
  verdicts: {
    id: string;
    reviewer: string;
    ratingId: string;
    confidence: number;
    rationale: string;
    submittedAt: string | null;
    provenance?: string | null;
    createdAt: string;
    updatedAt?: string;
    version?: number;
    sourceIds: string[];
  }[];
  finalVerdict: {
    id: string;
    editor: string;
    ratingId: string;
    summary: string;
    published: boolean;
    publishedAt: string | null;
    publishedExact?: string | null;
    claimReviewed?: string | null;
    firstPublishedAt?: string | null;
    publishedState?: string | null;
    /** The public corrections log, oldest first. */
    corrections?: { description: string; createdAt: string }[];
    provenance?: string | null;
    createdAt: string;
    updatedAt?: string;
    version?: number;
  } | null;
}

export interface BackupAuditEntry {
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
  before: string | null;
  after: string | null;
  /** True when the entry came from an earlier restore (it describes another installation's past). */
  imported?: boolean;
  createdAt: string;
}
