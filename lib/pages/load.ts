import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "../auth/session";
import { getDb } from "../db/client";
import { isAppError } from "../errors/app-error";
import { getWorkspaceBySlug } from "../workspaces/get-workspace-by-slug";

/** Runs a data-layer read for a page; "not found" (which also covers "not yours") shows the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "validation_failed")) notFound();
    throw error;
  }
}

/** The signed-in actor and the workspace of the URL, loaded once per request. */
export const loadWorkspace = cache(async (slug: string) => {
  const actor = await requireActor(`/w/${encodeURIComponent(slug)}`);
  const context = await orNotFound(getWorkspaceBySlug(getDb(), { actor, slug }));
  return { actor, ...context };
});
