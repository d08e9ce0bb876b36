import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { isRole, type Role } from "../permissions/roles";

export interface WorkspaceSummary {
  id: string;
  name: string;
  slug: string;
  role: Role;
  articleCount: number;
  memberCount: number;
}

export async function listWorkspacesForUser(db: Db, options: { actor: Actor }): Promise<WorkspaceSummary[]> {
  assertActor(options.actor);
  const memberships = await db.membership.findMany({
    where: {
      userId: options.actor.userId,
      ...(options.actor.token ? { workspaceId: options.actor.token.workspaceId } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      workspace: {
        select: {
          id: true,
          name: true,
          slug: true,
          _count: { select: { articles: true, memberships: true } },
        },
      },
    },
  });
  return memberships
    .filter((m) => isRole(m.role))
    .map((m) => ({
      id: m.workspace.id,
      name: m.workspace.name,
      slug: m.workspace.slug,
      role: m.role as Role,
      articleCount: m.workspace._count.articles,
      memberCount: m.workspace._count.memberships,
    }));
}
