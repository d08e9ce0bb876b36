"use server";

// The trash page's writes: restoring (editors) and purging (admins); the data layer decides.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { purgeTrashItem } from "@/lib/trash/purge-trash-item";
import { restoreTrashItem } from "@/lib/trash/restore-trash-item";

export const restoreTrashItemAction = authedAction(async (actor, workspaceId: string, itemId: string) => {
  const restored = await restoreTrashItem(getDb(), { actor, workspaceId, itemId });
  revalidatePath("/w/[slug]", "layout");
  return restored;
});

export const purgeTrashItemAction = authedAction(async (actor, workspaceId: string, itemId: string) => {
  const purged = await purgeTrashItem(getDb(), { actor, workspaceId, itemId });
  revalidatePath("/w/[slug]/trash", "page");
  return purged;
});
