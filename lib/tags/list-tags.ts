import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "../workspaces/get-member-actor";

export async function listTags(db: Db, options: { actor: Actor; workspaceId: string }): Promise<string[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.read");
  const tags = await db.tag.findMany({
    where: { workspaceId: options.workspaceId },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  return tags.map((tag) => tag.name);
}
