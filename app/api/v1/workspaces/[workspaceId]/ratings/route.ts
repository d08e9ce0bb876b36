import { getDb } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-handler";
import { json } from "@/lib/http/responses";
import { listRatingScale } from "@/lib/ratings/list-rating-scale";

export const dynamic = "force-dynamic";

/** The workspace's rating scale in order (archived ratings are left out): what verdicts take as ratingId. */
export const GET = apiRoute<{ workspaceId: string }>(async ({ actor, params }) =>
  json(await listRatingScale(getDb(), { actor, workspaceId: params.workspaceId })),
);
