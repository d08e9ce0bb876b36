import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { assertCan, type MemberActor } from "../permissions/can";
import { getMemberActor, workspaceNotFound } from "./get-member-actor";

export interface WorkspaceContext {
  workspace: {
    id: string;
    name: string;
    slug: string;
    blindReview: boolean;
    /** The demo workspace `npm start` loads: its work is example content, labelled as such. */
    demo: boolean;
    version: number;
    /** Set while a backup is being restored into the workspace. */
    restoringAt: Date | null;
  };
  member: MemberActor;
}

/** The workspace behind a URL slug, with the actor's role in it; not a member = not found. */
export async function getWorkspaceBySlug(db: Db, options: { actor: Actor; slug: string }): Promise<WorkspaceContext> {
  assertActor(options.actor);
  const workspace = await db.workspace.findFirst({
    where: { slug: options.slug, memberships: { some: { userId: options.actor.userId } } },
    select: { id: true, name: true, slug: true, blindReview: true, demo: true, version: true, restoringAt: true },
  });
  if (!workspace) throw workspaceNotFound();
  const member = await getMemberActor(db, options.actor, workspace.id);
  assertCan(member, "workspace.read");
  return { workspace, member };
}
