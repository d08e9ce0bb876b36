// Calls the public API's route handlers in-process, as a client would over HTTP (same Request,
// same Response), for integration tests. Routes are matched by their file paths under app/api/v1.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { methodNotAllowed } from "../api/unmatched-api-request";

interface Route {
  pattern: RegExp;
  names: string[];
  file: string;
}

const ROOT = join(process.cwd(), "app/api/v1");

function findRoutes(dir: string): Route[] {
  const routes: Route[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) routes.push(...findRoutes(path));
    else if (entry === "route.ts") {
      const segments = relative(ROOT, dir).split("/").filter(Boolean);
      const names: string[] = [];
      const source = segments.map((segment) => {
        const dynamic = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
        if (dynamic) {
          names.push(dynamic[2]!);
          return dynamic[1] ? "(.+)" : "([^/]+)";
        }
        return segment.replace(/\./g, "\\.");
      });
      routes.push({
        pattern: new RegExp(`^/api/v1${source.length ? "/" : ""}${source.join("/")}$`),
        names,
        file: path,
      });
    }
  }
  return routes;
}

let routes: Route[] | undefined;

export function apiRoutes(): Route[] {
  // Static segments win over parameters (`articles/from-url` before `articles/[articleId]`), as in Next.
  // The catch-all ([...path]) only takes what no other route does.
  const catchAll = (route: Route) => (route.pattern.source.includes("(.+)") ? 1 : 0);
  routes ??= findRoutes(ROOT).sort((a, b) => catchAll(a) - catchAll(b) || a.names.length - b.names.length);
  return routes;
}

export interface ApiCall {
  token?: string;
  body?: unknown;
  /** Raw body text (for malformed JSON tests); wins over `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function callApi(method: string, path: string, call: ApiCall = {}): Promise<Response> {
  const url = new URL(path, "http://margin.test");
  const route = apiRoutes().find((r) => r.pattern.test(url.pathname));
  if (!route) throw new Error(`no route for ${url.pathname}`);
  const match = route.pattern.exec(url.pathname)!;
  const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
  const handlers = (await import(route.file)) as Record<
    string,
    (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
  >;
  // What the proxy (proxy.ts) answers before any handler runs: a method the path does not have.
  const refused = methodNotAllowed(method, url.pathname);
  if (refused) return refused;
  const handler = handlers[method];
  if (!handler) return new Response(null, { status: 405 });
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const headers: Record<string, string> = {
    ...(body !== undefined
      ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }
      : {}),
    ...call.headers,
  };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  const request = new Request(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  return handler(request, { params: Promise.resolve(params) });
}
