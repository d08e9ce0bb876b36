// A published fact-check, for everyone (no session): plain HTML with its ClaimReview JSON-LD.
import { factCheckRoute } from "@/lib/public-site/public-routes";

export const dynamic = "force-dynamic";

export const GET = factCheckRoute("page");
export const HEAD = GET;
