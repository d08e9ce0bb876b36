// Loads a claim for a write, inside the actor's workspace only ("not yours" = "not found").
import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";

export async function loadClaimInWorkspace(tx: DbTx, workspaceId: string, claimId: string) {
  if (typeof claimId !== "string" || !claimId) throw claimNotFound();
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: {
      id: true,
      articleId: true,
      workspaceId: true,
      createdById: true,
      version: true,
      status: true,
      exact: true,
    },
  });
  if (!claim) throw claimNotFound();
  return claim;
}

export function claimNotFound(): AppError {
  return new AppError("not_found", "Claim not found.");
}

/** The "changed by X meanwhile" refusal of optimistic concurrency, with the current state. */
export async function staleWrite(
  tx: DbTx,
  what: string,
  lastEditorId: string | null,
  current: unknown,
): Promise<AppError> {
  const editor = lastEditorId
    ? await tx.user.findUnique({ where: { id: lastEditorId }, select: { name: true } })
    : null;
  return new AppError(
    "conflict",
    `This ${what} was changed by ${editor?.name ?? "someone else"} meanwhile. Review the current version and try again.`,
    { current },
  );
}
