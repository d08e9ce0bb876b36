// A published fact-check, for everyone (no session): plain HTML with its ClaimReview JSON-LD.
import { getDb } from "@/lib/db/client";
import { appOrigin } from "@/lib/http/app-origin";
import { cachedPublicAnswer, publicResponse } from "@/lib/public-site/public-response";
import { factCheckAnswer } from "@/lib/public-site/public-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ workspaceSlug: string; claimId: string }> }) {
  const { workspaceSlug, claimId } = await context.params;
  const origin = appOrigin(request.headers);
  const answer = await cachedPublicAnswer(`${origin} page ${workspaceSlug}/${claimId}`, () =>
    factCheckAnswer(getDb(), { workspaceSlug, claimId, origin }),
  );
  return publicResponse(request, answer);
}

export const HEAD = GET;
