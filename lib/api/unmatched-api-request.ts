// What /api/v1 answers when no route handler takes the request: JSON like every other API error,
// never Next's HTML 404 page or a bare 405. A known path with another method answers 405 with the
// methods it has in `Allow`; anything else 404. Both come from API_ROUTES, so they cannot drift.
import { ERROR_STATUS } from "../errors/app-error";
import { API_ROUTES } from "./api-routes";

const HANDLED = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
/** The one /api/v1 route that describes the others rather than being one of them. */
const OPENAPI_DOCUMENT = { method: "GET", path: "/api/v1/openapi.json" };

let patterns: { method: string; pattern: RegExp; params: number }[] | undefined;

/**
 * The methods API_ROUTES lists for this path (with HEAD beside GET), empty when the path is unknown.
 * Static segments win over parameters, as in Next's routing: `articles/from-url` is that route's
 * path, never an article id.
 */
export function allowedMethods(pathname: string): string[] {
  patterns ??= [...API_ROUTES, OPENAPI_DOCUMENT].map((route) => ({
    method: route.method,
    pattern: new RegExp(`^${route.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}/?$`),
    params: (route.path.match(/\{\w+\}/g) ?? []).length,
  }));
  const matching = patterns.filter((entry) => entry.pattern.test(pathname));
  const fewest = Math.min(...matching.map((entry) => entry.params));
  const methods = new Set(matching.filter((entry) => entry.params === fewest).map((entry) => entry.method));
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods];
}

/** 405 for a method the path does not have, else null (the request goes on to its handler). */
export function methodNotAllowed(method: string, pathname: string): Response | null {
  if (!pathname.startsWith("/api/v1/") || !HANDLED.has(method.toUpperCase())) return null;
  const allowed = allowedMethods(pathname);
  if (allowed.length === 0 || allowed.includes(method.toUpperCase())) return null;
  return apiError(
    "method_not_allowed",
    `${method.toUpperCase()} is not a method of ${pathname}; it takes ${allowed.join(", ")}.`,
    { Allow: allowed.join(", ") },
  );
}

/**
 * The handler of the catch-all route, and of the methods a route lacks where the proxy does not
 * run (the large-upload routes it skips): 405 for a known path, else 404.
 */
export function answerUnmatched(request: Request): Response {
  return unmatchedApiRequest(request.method, new URL(request.url).pathname);
}

/** 405 for a known path (its handler lacks the method), else 404. */
export function unmatchedApiRequest(method: string, pathname: string): Response {
  return (
    methodNotAllowed(method, pathname) ??
    apiError("not_found", `There is no API route ${pathname}. The routes are listed at /api/v1/openapi.json.`)
  );
}

function apiError(code: "not_found" | "method_not_allowed", message: string, headers: Record<string, string> = {}) {
  return Response.json(
    { error: { code, message, details: null } },
    { status: ERROR_STATUS[code], headers: { "Cache-Control": "no-store", ...headers } },
  );
}
