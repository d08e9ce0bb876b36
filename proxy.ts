// Runs before every page and API route: a fresh CSP nonce per request, passed to Next.js through
// the request's CSP header (it tags its own scripts with it) and sent to the browser with the
// other security headers.
import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed } from "./lib/api/unmatched-api-request";
import { isHttps, makeNonce, securityHeaders } from "./lib/security/security-headers";

export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: isHttps(request.headers),
  });
  // Next answers a route's missing method with a bare 405; API clients get JSON and `Allow`.
  const refused = methodNotAllowed(request.method, request.nextUrl.pathname);
  if (refused) {
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Hashed static files carry no scripts of their own to police; next.config.js gives them nosniff.
  // The large uploads (restore up to 512 MB, annotation imports up to 20 MB) are left out too: a
  // matched request's body is buffered here and cut at 10 MB. Their routes set the same headers
  // themselves (lib/security/with-security-headers.ts).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|api/v1/workspaces/[^/]+/(?:restore|articles/[^/]+/imports)$).*)",
    },
  ],
};
