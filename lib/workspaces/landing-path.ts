import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";

/**
 * Where a signed-in user starts: straight into their workspace when they have exactly one (most
 * people), the list of workspaces when they have several, or none yet (to create one).
 */
export async function landingPath(db: Db, options: { actor: Actor }): Promise<string> {
  assertActor(options.actor);
  const memberships = await db.membership.findMany({
    where: { userId: options.actor.userId },
    select: { workspace: { select: { slug: true } } },
    take: 2,
  });
  return memberships.length === 1 ? `/w/${memberships[0]!.workspace.slug}` : "/workspaces";
}
