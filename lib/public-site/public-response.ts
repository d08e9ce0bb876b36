// How the public site answers: validators (a strong ETag of the exact bytes, Last-Modified), a
// Cache-Control that lets browsers and a CDN keep a page for a minute and then revalidate, and
// 304 Not Modified for conditional requests. Rendered answers are also kept in this process for
// a few seconds (PUBLIC_PAGE_TTL_MS), dropped at once by any write this process commits
// (writeWithAudit), so a page that goes viral costs no database work per request.
import { createHash } from "node:crypto";

/** Browsers and CDNs keep a page this long, then revalidate (a 304 when it did not change). */
export const PUBLIC_MAX_AGE_SECONDS = 60;
/** How long a rendered answer is reused in this process (writes elsewhere show within this time). */
export const PUBLIC_PAGE_TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

export interface PublicAnswer {
  status: 200 | 404 | 410;
  contentType: string;
  body: string;
  /** Last-Modified; null for answers without one (404). */
  modifiedAt: Date | null;
}

interface CachedAnswer extends PublicAnswer {
  etag: string;
  lastModified: string | null;
  generation: number;
  expiresAt: number;
}

const state = ((
  globalThis as { __marginPublicPages?: { generation: number; answers: Map<string, CachedAnswer> } }
).__marginPublicPages ??= { generation: 0, answers: new Map() });

/** Something changed: every kept answer is rendered again on its next request. */
export function forgetPublicPages(): void {
  state.generation++;
  state.answers.clear();
}

function prepare(answer: PublicAnswer): CachedAnswer {
  const etag = `"${createHash("sha256").update(answer.body).digest("base64url").slice(0, 27)}"`;
  const modified = answer.modifiedAt ? new Date(Math.floor(answer.modifiedAt.getTime() / 1000) * 1000) : null;
  return {
    ...answer,
    modifiedAt: modified,
    etag,
    lastModified: modified?.toUTCString() ?? null,
    generation: state.generation,
    expiresAt: Date.now() + PUBLIC_PAGE_TTL_MS,
  };
}

/** The kept answer for `key`, or a fresh one from `render` (kept for the next requests). */
export async function cachedPublicAnswer(key: string, render: () => Promise<PublicAnswer>): Promise<CachedAnswer> {
  const kept = state.answers.get(key);
  if (kept && kept.expiresAt > Date.now() && kept.generation === state.generation) return kept;
  const generation = state.generation;
  const answer = prepare(await render());
  // A write committed while rendering: the answer may predate it, so it is served but not kept.
  if (generation === state.generation) {
    if (state.answers.size >= MAX_ENTRIES) state.answers.delete(state.answers.keys().next().value!);
    state.answers.set(key, answer);
  }
  return answer;
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Whether the client's copy is current (RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since). */
export function notModified(headers: Headers, answer: { etag: string; modifiedAt: Date | null }): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, answer.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || !answer.modifiedAt) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && answer.modifiedAt.getTime() <= since;
}

export function publicResponse(request: Request, answer: CachedAnswer): Response {
  const headers = new Headers({
    "Content-Type": answer.contentType,
    "Cache-Control":
      answer.status === 404 ? "public, max-age=60" : `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, must-revalidate`,
    ETag: answer.etag,
    Vary: "Accept-Encoding",
  });
  if (answer.lastModified) headers.set("Last-Modified", answer.lastModified);
  if (answer.status === 200 && notModified(request.headers, answer))
    return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : answer.body, { status: answer.status, headers });
}
