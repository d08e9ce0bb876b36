// A published fact-check's share image (Open Graph card), for everyone, cached like its page.
import { factCheckRoute } from "@/lib/public-site/public-routes";

export const dynamic = "force-dynamic";

export const GET = factCheckRoute("card");
export const HEAD = GET;
