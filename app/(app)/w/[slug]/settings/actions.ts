"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { getDb } from "@/lib/db/client";
import { addRating } from "@/lib/ratings/add-rating";
import { removeRating } from "@/lib/ratings/remove-rating";
import { reorderRatings } from "@/lib/ratings/reorder-ratings";
import { updateRating } from "@/lib/ratings/update-rating";
import { updateWorkspaceSettings } from "@/lib/workspaces/update-workspace-settings";

export const updateWorkspaceSettingsAction = authedAction(
  async (actor, workspaceId: string, slug: string, input: unknown) => {
    const result = await updateWorkspaceSettings(getDb(), { actor, workspaceId, input });
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  },
);

export const addRatingAction = authedAction(async (actor, workspaceId: string, input: unknown) => {
  const rating = await addRating(getDb(), { actor, workspaceId, input });
  revalidatePath("/w/[slug]/settings", "page");
  return rating;
});

export const updateRatingAction = authedAction(async (actor, workspaceId: string, ratingId: string, input: unknown) => {
  const rating = await updateRating(getDb(), { actor, workspaceId, ratingId, input });
  revalidatePath("/w/[slug]/settings", "page");
  return rating;
});

export const removeRatingAction = authedAction(async (actor, workspaceId: string, ratingId: string, input: unknown) => {
  const result = await removeRating(getDb(), { actor, workspaceId, ratingId, input });
  revalidatePath("/w/[slug]/settings", "page");
  return result;
});

export const reorderRatingsAction = authedAction(async (actor, workspaceId: string, input: unknown) => {
  await reorderRatings(getDb(), { actor, workspaceId, input });
  revalidatePath("/w/[slug]/settings", "page");
});
