"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { importFactChecks } from "@/lib/fact-check-library/import-fact-checks";

export const importFactChecksAction = authedAction(async (actor, workspaceId: string, input: unknown) => {
  const result = await importFactChecks(getDb(), { actor, workspaceId, input });
  revalidatePath("/w/[slug]/library", "page");
  return result;
});
