import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan } from "../permissions/can";
import type { Role } from "../permissions/roles";
import { getMemberActor } from "./get-member-actor";

export interface MemberView {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  version: number;
  joinedAt: Date;
}

export async function listMembers(db: Db, options: { actor: Actor; workspaceId: string }): Promise<MemberView[]> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "member.read");
  const rows = await db.membership.findMany({
    where: { workspaceId: options.workspaceId },
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      role: true,
      version: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role as Role,
    version: row.version,
    joinedAt: row.createdAt,
  }));
}
