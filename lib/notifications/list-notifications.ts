import "server-only";
// A person's inbox, newest first, cursor-paginated: all their workspaces (the app's inbox) or one
// (the API, where a token sees its own workspace only).
import { assertActor, type Actor } from "../auth/actor";
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { getMemberActor } from "../workspaces/get-member-actor";
import { describeNotification, notificationHref } from "./notification-kinds";
import { listNotificationsQuerySchema } from "./schemas";

export interface NotificationView {
  id: string;
  kind: string;
  text: string;
  excerpt: string;
  href: string;
  workspace: { id: string; name: string };
  articleId: string | null;
  claimId: string | null;
  noteId: string | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
  readAt: Date | null;
}

export type NotificationScope = { actor: Actor; workspaceId?: string };

/**
 * The actor's own notifications, in one workspace they belong to (checked: "not found" otherwise)
 * or, for a session without a workspace, in all. A token always stays in its workspace.
 */
export async function ownNotifications(db: DbTx, { actor, workspaceId }: NotificationScope) {
  assertActor(actor);
  if (workspaceId !== undefined) await getMemberActor(db, actor, workspaceId);
  const scope = workspaceId ?? actor.token?.workspaceId;
  // Someone who left a workspace no longer sees its notifications (their links would lead nowhere).
  return {
    recipientId: actor.userId,
    workspace: { memberships: { some: { userId: actor.userId } } },
    ...(scope ? { workspaceId: scope } : {}),
  };
}

export async function listNotifications(
  db: DbTx,
  options: NotificationScope & { input: unknown },
): Promise<{ data: NotificationView[]; nextCursor: string | null; unread: number }> {
  const where = await ownNotifications(db, options);
  const query = listNotificationsQuerySchema.parse(options.input);
  const cursor = query.cursor
    ? await db.notification.findFirst({ where: { ...where, id: query.cursor }, select: { id: true } })
    : null;
  if (query.cursor && !cursor) throw new AppError("bad_request", "Unknown cursor: start again without one.");
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { ...where, ...(query.unread === "true" ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
      select: {
        id: true,
        kind: true,
        excerpt: true,
        articleId: true,
        claimId: true,
        noteId: true,
        createdAt: true,
        readAt: true,
        actor: { select: { id: true, name: true } },
        workspace: { select: { id: true, name: true, slug: true } },
      },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const page = rows.slice(0, query.limit);
  return {
    data: page.map(({ workspace, ...n }) => ({
      ...n,
      text: describeNotification(n.kind, n.actor?.name ?? null, n.claimId !== null),
      href: notificationHref({ ...n, workspaceSlug: workspace.slug }),
      workspace: { id: workspace.id, name: workspace.name },
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    unread,
  };
}

export type UnreadCount = { unread: number };

export async function countUnreadNotifications(db: DbTx, scope: NotificationScope): Promise<UnreadCount> {
  return { unread: await db.notification.count({ where: { ...(await ownNotifications(db, scope)), readAt: null } }) };
}
