import type { DbTx } from "../db/client";
import { AppError } from "../errors/app-error";

/** Refuses a change that would leave the workspace without an admin. */
export async function assertAnotherAdmin(tx: DbTx, workspaceId: string, exceptMembershipId: string) {
  const admins = await tx.membership.count({
    where: { workspaceId, role: "admin", id: { not: exceptMembershipId } },
  });
  if (admins === 0) throw new AppError("conflict", "A workspace needs at least one admin.");
}
