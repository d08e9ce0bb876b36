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
        },
      },
    },
  });
  // Counted for these workspaces only, through the workspace indexes (a relation `_count` grouped
  // the whole Article and Membership tables).
  const workspaceId = { in: memberships.map((m) => m.workspace.id) };
  const [articles, members] = await Promise.all([
    db.article.groupBy({ by: ["workspaceId"], where: { workspaceId }, _count: { _all: true } }),
    db.membership.groupBy({ by: ["workspaceId"], where: { workspaceId }, _count: { _all: true } }),
  ]);
  const articleCounts = new Map(articles.map((group) => [group.workspaceId, group._count._all]));
  const memberCounts = new Map(members.map((group) => [group.workspaceId, group._count._all]));
  return memberships
    .filter((m) => isRole(m.role))
    .map((m) => ({
      id: m.workspace.id,
      name: m.workspace.name,
      slug: m.workspace.slug,
      role: m.role as Role,
      articleCount: articleCounts.get(m.workspace.id) ?? 0,
      memberCount: memberCounts.get(m.workspace.id) ?? 0,
    }));
}
