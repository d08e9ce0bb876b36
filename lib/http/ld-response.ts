// W3C Web Annotation responses: the Web Annotation media type, an ETag, and 304 when the client
// already has this state.
import { W3C_MEDIA_TYPE } from "../exports/w3c-annotation";

export function ldResponse(
  request: Request,
  body: unknown,
  etag: string,
  init: { status?: number; location?: string } = {},
): Response {
  const headers: Record<string, string> = {
    "Content-Type": W3C_MEDIA_TYPE,
    ETag: etag,
    Vary: "Accept, Authorization, Cookie",
    Allow: "GET, HEAD, POST, OPTIONS",
  };
  if (init.location) headers.Location = init.location;
  const match = request.headers.get("if-none-match");
  if (
    request.method === "GET" &&
    match &&
    match
      .split(",")
      .map((tag) => tag.trim())
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}
