// Resolves an actor's membership in a workspace. A workspace the actor is not a member of (or a
// token is not scoped to) answers "not found", the same as one that does not exist.
import { assertActor, type Actor } from "../auth/actor";
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import type { MemberActor } from "../permissions/can";
import { isRole } from "../permissions/roles";

export async function getMemberActor(db: DbTx, actor: Actor, workspaceId: string): Promise<MemberActor> {
  assertActor(actor);
  if (typeof workspaceId !== "string" || !workspaceId) throw workspaceNotFound();
  if (actor.token && actor.token.workspaceId !== workspaceId) throw workspaceNotFound();
  // A token request read the membership with the token itself (same request, same workspace).
  const role =
    actor.token?.memberRole !== undefined
      ? actor.token.memberRole
      : (
          await db.membership.findUnique({
            where: { workspaceId_userId: { workspaceId, userId: actor.userId } },
            select: { role: true },
          })
        )?.role;
  if (!role || !isRole(role)) throw workspaceNotFound();
  return {
    userId: actor.userId,
    workspaceId,
    role,
    ...(actor.token ? { tokenScope: actor.token.scope } : {}),
  };
}

export function workspaceNotFound(): AppError {
  return new AppError("not_found", "Workspace not found.");
}
