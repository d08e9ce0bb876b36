import "server-only";
// The one wrapper of the public API's route handlers: authenticates (session cookie or bearer
// token; cookie-authenticated writes must be same-origin JSON), parses params, caps request bodies, and answers errors as
// { "error": { "code", "message", "details" } } with the right status. Never a 500 for bad input.
import { getToken } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { matchApiRoute } from "../api/match-api-route";
import { authenticateApiToken } from "../api-tokens/authenticate-api-token";
import type { Actor } from "../auth/actor";
import { getAuthOptions } from "../auth/session";
import { getDb } from "../db/client";
import { resolveSession } from "../sessions/resolve-session";
import { AppError, toAppError } from "../errors/app-error";
import { containsNul, NUL_MESSAGE } from "../validation/no-nul";
import { assertCookieWriteAllowed } from "./cookie-write-guard";
import { assertJsonDepth } from "./json-depth";

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export interface ApiContext<P> {
  request: Request;
  actor: Actor;
  params: P;
  /** The request body parsed as JSON (throws a 4xx AppError for bad JSON or an oversize body). */
  json(): Promise<unknown>;
  /** For DELETE: the JSON body if one was sent, else the query string (`?version=3`). */
  bodyOrQuery(): Promise<unknown>;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** Body schema and size limit come from the route's entry in API_ROUTES (matched by method and path). */
export function apiRoute<P extends Record<string, string>>(
  handler: (context: ApiContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const actor = await resolveActor(request);
      // Cookie-authenticated writes only from this origin, with a JSON body (CSRF); bearer tokens are not ambient.
      if (!request.headers.get("authorization")) assertCookieWriteAllowed(request);
      const params = (await context.params) as P;
      const route = matchApiRoute(request.method, new URL(request.url).pathname);
      const json = () => readJsonBody(request, route?.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
      const bodyOrQuery = async () => {
        const hasBody =
          Number(request.headers.get("content-length") ?? "0") > 0 || request.headers.has("transfer-encoding");
        if (hasBody) return json();
        const query: Record<string, unknown> = Object.fromEntries(new URL(request.url).searchParams);
        if (typeof query.version === "string" && /^\d+$/.test(query.version)) query.version = Number(query.version);
        return query;
      };
      return noStore(await handler({ request, actor, params, json, bodyOrQuery }));
    } catch (error) {
      return noStore(errorResponse(error));
    }
  };
}

/** API answers hold a person's data: no shared cache or browser cache keeps them (event streams set their own). */
function noStore(response: Response): Response {
  if (!response.headers.has("cache-control")) {
    try {
      response.headers.set("Cache-Control", "no-store");
    } catch {
      // A response with immutable headers (a redirect): it carries no data.
    }
  }
  return response;
}

export async function resolveActor(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError("unauthenticated", "Use `Authorization: Bearer <token>`.");
    return authenticateApiToken(getDb(), match[1]);
  }
  // The session cookie is read from the request itself, so handlers work wherever they run. Only
  // the headers are copied: wrapping the whole request would take (and lock) its body.
  const session = await getToken({
    req: new NextRequest(request.url, { headers: request.headers }),
    secret: getAuthOptions().secret,
  });
  if (!session?.sub)
    throw new AppError("unauthenticated", "Sign in, or send a personal API token as `Authorization: Bearer <token>`.");
  // The cookie is only as good as the session it names: ended by signing out anywhere, or expired.
  const resolved = await resolveSession(getDb(), { sessionId: session.sid, userId: session.sub });
  if (!resolved) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  return { userId: resolved.user.id, sessionId: resolved.sessionId };
}

export async function readJsonBody(request: Request, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
  const reader = request.body?.getReader();
  if (!reader) throw new AppError("bad_request", "The request has no body.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client closed the connection mid-body: nothing to answer, and not a server fault.
      throw new AppError("bad_request", "The request body ended before it was complete.");
    });
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) throw new AppError("bad_request", "The request body is empty; send a JSON object.");
  assertJsonDepth(text);
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  // PostgreSQL cannot store NUL in text, and no field of Margin means one: refuse it on both databases.
  if (text.includes("\\u0000") && containsNul(body)) {
    throw new AppError("validation_failed", NUL_MESSAGE);
  }
  return body;
}

function tooLarge(limitBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (!appError) {
    console.error("[api] unexpected error", error);
    return Response.json(
      { error: { code: "internal", message: "Something went wrong on our side.", details: null } },
      { status: 500 },
    );
  }
  const headers: HeadersInit = {};
  const retry = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (appError.code === "rate_limited" && retry) headers["Retry-After"] = String(retry);
  if (appError.code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="margin"';
  return Response.json(
    { error: { code: appError.code, message: appError.message, details: appError.details ?? null } },
    { status: appError.status, headers },
  );
}
