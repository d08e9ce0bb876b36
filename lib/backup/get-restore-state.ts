// What the settings page needs to offer a restore: whether the workspace is empty (the only kind
// a backup restores into) and whether a restore is running or was interrupted.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export async function getRestoreState(db: Db, options: { actor: Actor; workspaceId: string }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.restore");
  const where = { workspaceId: options.workspaceId };
  const [workspace, articles, tags, trash] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: options.workspaceId }, select: { restoringAt: true } }),
    db.article.count({ where }),
    db.tag.count({ where }),
    db.trashItem.count({ where }),
  ]);
  return { empty: articles + tags + trash === 0, restoringAt: workspace.restoringAt?.toISOString() ?? null };
}
