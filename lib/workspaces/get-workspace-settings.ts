import type { DbTx } from "../db/client";
import { workspaceNotFound } from "./get-member-actor";

export async function getWorkspaceSettings(db: DbTx, workspaceId: string) {
  const workspace = await db.workspace.findUnique({
    where: { id: workspaceId },
    select: {
      id: true,
      name: true,
      slug: true,
      blindReview: true,
      publicSite: true,
      organisationName: true,
      organisationUrl: true,
      version: true,
    },
  });
  if (!workspace) throw workspaceNotFound();
  return workspace;
}
