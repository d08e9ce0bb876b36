// Small helpers for the public API's responses.
import { z } from "zod";
import type { ApiReadPath, ApiReads } from "../api/api-reads";
import { AppError } from "../errors/app-error";

export function json(data: unknown, init: ResponseInit = {}): Response {
  return Response.json({ data }, init);
}

/** A read the browser makes through readApi: `data` must have the type ApiReads lists for `path`. */
export function jsonRead<P extends ApiReadPath>(_path: P, data: ApiReads[P], extra: Record<string, unknown> = {}) {
  return Response.json({ data, ...extra });
}

export function created(data: unknown, location: string): Response {
  return Response.json({ data }, { status: 201, headers: { Location: location } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(100, "limit is at most 100").default(50),
  cursor: z.string().max(64).optional(),
});

export function pageQuery(request: Request) {
  const url = new URL(request.url);
  return pageQuerySchema.parse(Object.fromEntries(url.searchParams));
}

/** Paginates an in-memory list with an id cursor (for lists a use case returns whole). */
export function paginate<T extends { id: string }>(items: T[], query: { limit: number; cursor?: string | undefined }) {
  const start = query.cursor ? items.findIndex((item) => item.id === query.cursor) + 1 : 0;
  if (query.cursor && start === 0) throw new AppError("bad_request", "Unknown cursor: start again without one.");
  const page = items.slice(start, start + query.limit);
  return { data: page, nextCursor: start + query.limit < items.length ? (page.at(-1)?.id ?? null) : null };
}
