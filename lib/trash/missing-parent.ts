import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";

/** Why something cannot be restored into its article or claim: that one is in the trash, or gone. */
export async function missingParent(
  tx: DbTx,
  parent: { type: "article" | "claim" | "note"; id: string },
  what: string,
): Promise<AppError> {
  const trashed = await tx.trashItem.findUnique({ where: { entityId: parent.id }, select: { id: true } });
  const name = parent.type === "note" ? "the note it replies to" : `its ${parent.type}`;
  return new AppError(
    "conflict",
    trashed
      ? `This ${what} cannot come back before ${name}: restore that from the trash first.`
      : `This ${what} cannot be restored: ${name} no longer exists.`,
  );
}
