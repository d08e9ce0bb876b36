// Resolves an actor's membership in a workspace. A workspace the actor is not a member of (or a
// token is not scoped to) answers "not found", the same as one that does not exist.
import { cache } from "react";
import { assertActor, type Actor } from "../auth/actor";
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import type { MemberActor } from "../permissions/can";
import { isRole } from "../permissions/roles";

/**
 * Read once per page render: a page's use cases each check the same membership, and React's request
 * cache answers the repeats (same client, same actor object, same workspace). Outside a server
 * component's render (route handlers, server actions, live streams, scripts) every call reads.
 */
export const getMemberActor = cache(readMemberActor);

async function readMemberActor(db: DbTx, actor: Actor, workspaceId: string): Promise<MemberActor> {
  assertActor(actor);
  if (typeof workspaceId !== "string" || !workspaceId) throw workspaceNotFound();
  if (actor.token && actor.token.workspaceId !== workspaceId) throw workspaceNotFound();
  // A token request read the membership with the token itself (same request, same workspace).
  let role: string | null | undefined;
  let restoring: boolean;
  if (actor.token?.memberRole !== undefined) {
    role = actor.token.memberRole;
    const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { restoringAt: true } });
    restoring = Boolean(workspace?.restoringAt);
  } else {
    const membership = await db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId: actor.userId } },
      select: { role: true, workspace: { select: { restoringAt: true } } },
    });
    role = membership?.role;
    restoring = Boolean(membership?.workspace.restoringAt);
  }
  if (!role || !isRole(role)) throw workspaceNotFound();
  return {
    userId: actor.userId,
    workspaceId,
    role,
    ...(actor.token ? { tokenScope: actor.token.scope } : {}),
    ...(restoring ? { restoring } : {}),
  };
}

export function workspaceNotFound(): AppError {
  return new AppError("not_found", "Workspace not found.");
}
