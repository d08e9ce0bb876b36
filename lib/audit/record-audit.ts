// The audit log is append-only: this is the only code that writes to it, and only inserts.
// Snapshots are JSON; the caller passes what a person needs to see the change (no secrets).
import type { DbTx } from "../db/client";

export const ENTITY_TYPES = [
  "workspace",
  "membership",
  "invite",
  "article",
  "revision",
  "claim",
  "note",
  "source",
  "verdict",
  "final_verdict",
  "rating",
  "assignment",
  "tag",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface AuditInput {
  workspaceId: string;
  actorId: string | null;
  /** verb-like, e.g. "claim.create", "verdict.update", "final_verdict.publish" */
  action: string;
  entityType: EntityType;
  entityId: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord {
  id: number;
  workspaceId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
  createdAt: Date;
}

const recordSelect = {
  id: true,
  workspaceId: true,
  actorId: true,
  action: true,
  entityType: true,
  entityId: true,
  articleId: true,
  claimId: true,
  createdAt: true,
} as const;

export async function recordAudit(tx: DbTx, input: AuditInput): Promise<AuditRecord> {
  return tx.auditLog.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      articleId: input.articleId ?? null,
      claimId: input.claimId ?? null,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    },
    select: recordSelect,
  });
}
