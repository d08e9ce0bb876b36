// The Atom feed of a workspace's published fact-checks, for everyone (no session).
import { getDb } from "@/lib/db/client";
import { appOrigin } from "@/lib/http/app-origin";
import { cachedPublicAnswer, publicResponse } from "@/lib/public-site/public-response";
import { indexAnswer } from "@/lib/public-site/public-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await context.params;
  const origin = appOrigin(request.headers);
  const answer = await cachedPublicAnswer(`${origin} feed ${workspaceSlug}`, () =>
    indexAnswer(getDb(), { workspaceSlug, origin, feed: true }),
  );
  return publicResponse(request, answer);
}

export const HEAD = GET;
