import { unmatchedApiRequest } from "@/lib/api/unmatched-api-request";

export const dynamic = "force-dynamic";

/** Every /api/v1 path no route handles: a JSON 404 (or 405 with Allow), as API clients expect. */
function unmatched(request: Request): Response {
  return unmatchedApiRequest(request.method, new URL(request.url).pathname);
}

export const GET = unmatched;
export const POST = unmatched;
export const PUT = unmatched;
export const PATCH = unmatched;
export const DELETE = unmatched;
export const HEAD = unmatched;
export const OPTIONS = unmatched;
