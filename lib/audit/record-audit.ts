// The audit log is append-only: this is the only code that writes to it, and only inserts.
// Snapshots are JSON; the caller passes what a person needs to see the change (no secrets).
import type { DbTx } from "../db/client";
import { sqlOf, type SqlTx } from "../db/sql-transaction";

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

export async function recordAudit(tx: DbTx | SqlTx, input: AuditInput): Promise<AuditRecord> {
  const entry = {
    workspaceId: input.workspaceId,
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    articleId: input.articleId ?? null,
    claimId: input.claimId ?? null,
  };
  const before = input.before === undefined ? null : JSON.stringify(input.before);
  const after = input.after === undefined ? null : JSON.stringify(input.after);
  const createdAt = new Date();
  // Raw SQL: every write records one entry or more, and Prisma's create cost about three times
  // this insert in CPU (its query interpretation around two JSON strings). The row is the one
  // Prisma would write: same columns, the date stored as Prisma stores it (audit-log.int.test).
  const [inserted] = await sqlOf(tx).all<{ id: number | bigint }>(
    `INSERT INTO "AuditLog" ("workspaceId", "actorId", "action", "entityType", "entityId", "articleId", "claimId", "before", "after", "createdAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
    [
      entry.workspaceId,
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.articleId,
      entry.claimId,
      before,
      after,
      createdAt,
    ],
  );
  if (!inserted) throw new Error("the audit log insert returned no id");
  return { id: Number(inserted.id), ...entry, createdAt };
}
