// Cross-site request forgery defence for the REST API's cookie-authenticated writes. A browser
// sends the session cookie with requests another site's page makes (SameSite=Lax still sends it
// from a sibling origin of the same site, such as another port or subdomain), and a form or a
// "simple" fetch needs no CORS preflight as long as its Content-Type is a form or text type. So a
// write authenticated by the cookie must (1) declare a JSON body, which no page can send
// cross-origin without a preflight this API never grants, and (2) come from this origin, as the
// browser says in `Origin` (or, without one, `Sec-Fetch-Site`). Requests with a bearer token carry
// no ambient credential and are not checked.
import { AppError } from "../errors/app-error";
import { appOrigin } from "./app-origin";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const JSON_TYPE = /^application\/([\w.+-]*\+)?json\s*(;|$)/i;

export function isJsonContentType(value: string | null): boolean {
  return value !== null && JSON_TYPE.test(value.trim());
}

/** The origins this request may come from: the configured one and the one the request was addressed to. */
function ownOrigins(request: Request, env: Readonly<Record<string, string | undefined>>): Set<string> {
  const origins = new Set<string>([appOrigin(request.headers, env)]);
  try {
    origins.add(new URL(request.url).origin);
  } catch {
    // A request Next.js built always has a URL; nothing to add otherwise.
  }
  return origins;
}

/** Throws 415 or 403 for a cookie-authenticated write that a page of another origin could have sent. */
export function assertCookieWriteAllowed(
  request: Request,
  env: Readonly<Record<string, string | undefined>> = process.env,
): void {
  if (!WRITE_METHODS.has(request.method.toUpperCase())) return;
  const hasBody = Number(request.headers.get("content-length") ?? "0") > 0 || request.headers.has("transfer-encoding");
  // DELETE may carry its arguments in the query string; a body, when sent, must be JSON like any other.
  if ((request.method.toUpperCase() !== "DELETE" || hasBody) && !isJsonContentType(request.headers.get("content-type")))
    throw new AppError(
      "unsupported_media_type",
      "Send the body as JSON (Content-Type: application/json); writes signed in by cookie accept nothing else.",
    );
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw crossOrigin();
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (!ownOrigins(request, env).has(origin)) throw crossOrigin();
    return;
  }
  if (!site) throw crossOrigin();
}

function crossOrigin(): AppError {
  return new AppError(
    "forbidden",
    "Writes signed in by cookie must come from Margin's own pages (same Origin). Scripts and other sites: use `Authorization: Bearer <token>`.",
  );
}
