// The workspace's members as API clients see them: who can be assigned or mentioned, and in what
// role. E-mail addresses are personal data: only admins (who invite and remove people) see them.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import type { Role } from "../permissions/roles";
import { getMemberActor } from "./get-member-actor";

export interface MemberDirectoryEntry {
  /** The member's user id: what assignments (assigneeIds) and filters (reviewerId) take. */
  id: string;
  name: string;
  role: Role;
  joinedAt: Date;
  /** Present for admins only. */
  email?: string;
}

export async function listMemberDirectory(
  db: Db,
  options: { actor: Actor; workspaceId: string; cursor?: string | undefined; limit: number },
): Promise<{ items: MemberDirectoryEntry[]; nextCursor: string | null }> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.read");
  const rows = await db.membership.findMany({
    where: { workspaceId: options.workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    // The cursor is the membership id, so a page boundary holds while people join.
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    take: options.limit + 1,
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  const page = rows.slice(0, options.limit);
  const seesEmail = member.role === "admin";
  return {
    items: page.map((row) => ({
      id: row.user.id,
      name: row.user.name,
      role: row.role as Role,
      joinedAt: row.createdAt,
      ...(seesEmail ? { email: row.user.email } : {}),
    })),
    nextCursor: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
