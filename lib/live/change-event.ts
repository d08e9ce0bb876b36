// What the live stream tells open pages: that something changed, never its content. Pages then
// re-read through the data layer, which applies permissions and blind review, so an event can
// never leak what the reader may not see.
import type { AuditRecord } from "../audit/record-audit";

export interface ChangeEvent {
  kind: "change";
  id: number;
  workspaceId: string;
  articleId: string | null;
  claimId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  at: string;
}

/** Someone opened or left an article: its streams re-send the list of readers. */
export interface PresenceEvent {
  kind: "presence";
  articleId: string;
}

/** This process may have missed events (its PostgreSQL listener reconnected): streams re-read. */
export interface ResyncEvent {
  kind: "resync";
}

export type LiveEvent = ChangeEvent | PresenceEvent | ResyncEvent;

export function changeEventOf(record: AuditRecord): ChangeEvent {
  return {
    kind: "change",
    id: record.id,
    workspaceId: record.workspaceId,
    articleId: record.articleId,
    claimId: record.claimId,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    actorId: record.actorId,
    at: record.createdAt.toISOString(),
  };
}
