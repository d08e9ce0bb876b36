// For the upload routes proxy.ts leaves out (it would cut their bodies at Next.js's proxy limit of
// 10 MB): the same security headers, set on the route's own response.
import { isHttps, makeNonce, securityHeaders } from "./security-headers";

export function withSecurityHeaders<C>(
  handler: (request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    const response = await handler(request, context);
    const headers = securityHeaders({
      nonce: makeNonce(),
      development: process.env.NODE_ENV === "development",
      https: isHttps(request.headers),
    });
    const merged = new Headers(response.headers);
    for (const [name, value] of Object.entries(headers)) merged.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
  };
}
