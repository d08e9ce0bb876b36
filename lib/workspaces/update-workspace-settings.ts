import type { Actor } from "../auth/actor";
import { lastEditorOf } from "../claims/last-editor";
import { staleWrite } from "../claims/load-claim-in-workspace";
import type { Db } from "../db/client";
import { writeWithAudit } from "../db/write-with-audit";
import { assertCan } from "../permissions/can";
import { getMemberActor } from "./get-member-actor";
import { updateWorkspaceSettingsSchema } from "./schemas";

export async function updateWorkspaceSettings(db: Db, options: { actor: Actor; workspaceId: string; input: unknown }) {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "workspace.update");
  const input = updateWorkspaceSettingsSchema.parse(options.input);
  return writeWithAudit(db, async (tx, audit) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: options.workspaceId },
      select: {
        id: true,
        name: true,
        blindReview: true,
        publicSite: true,
        organisationName: true,
        organisationUrl: true,
        version: true,
      },
    });
    const changes = {
      name: input.name,
      blindReview: input.blindReview,
      ...(input.publicSite !== undefined ? { publicSite: input.publicSite } : {}),
      ...(input.organisationName !== undefined ? { organisationName: input.organisationName } : {}),
      ...(input.organisationUrl !== undefined ? { organisationUrl: input.organisationUrl } : {}),
    };
    const updated = await tx.workspace.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, "workspace", await lastEditorOf(tx, before.id), before);
    const after = { ...before, ...changes, version: before.version + 1 };
    await audit.record({
      workspaceId: before.id,
      actorId: member.userId,
      action: "workspace.update",
      entityType: "workspace",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
