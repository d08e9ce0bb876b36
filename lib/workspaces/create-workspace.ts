import { randomBytes } from "node:crypto";
import { assertActor, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { DEFAULT_RATING_SCALE } from "../ratings/default-rating-scale";
import { createWorkspaceSchema } from "./schemas";
import { slugify } from "./slugify";

/** Any signed-in user may create a workspace; they become its first admin. */
export async function createWorkspace(db: Db, options: { actor: Actor; input: unknown }) {
  assertActor(options.actor);
  const { name } = createWorkspaceSchema.parse(options.input);
  const userId = options.actor.userId;
  const slug = await availableSlug(db, slugify(name));
  return writeWithAudit(db, async (tx, audit) => {
    const workspace = await tx.workspace.create({
      data: {
        name,
        slug,
        memberships: { create: { userId, role: "admin" } },
        ratings: {
          create: DEFAULT_RATING_SCALE.map((rating, position) => ({ ...rating, position })),
        },
      },
      select: { id: true, name: true, slug: true, blindReview: true },
    });
    await audit.record({
      workspaceId: workspace.id,
      actorId: userId,
      action: "workspace.create",
      entityType: "workspace",
      entityId: workspace.id,
      after: workspace,
    });
    return workspace;
  });
}

async function availableSlug(db: Db, base: string): Promise<string> {
  const taken = await db.workspace.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}
