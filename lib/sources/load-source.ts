import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { sourceSnapshotSelect } from "./source-snapshot";

/** A source for a write, inside the actor's workspace only ("not yours" = "not found"). */
export async function loadSource(tx: DbTx, workspaceId: string, sourceId: string) {
  const source = await tx.source.findFirst({
    where: { id: sourceId, workspaceId },
    select: { ...sourceSnapshotSelect, claim: { select: { articleId: true } } },
  });
  if (!source) throw new AppError("not_found", "Source not found.");
  return source;
}
