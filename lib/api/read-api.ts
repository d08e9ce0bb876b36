// The browser's typed reads of the public API (see api-reads.ts): the answer's type comes from the
// route's entry, never from a cast at the call site.
import { apiReadUrl, type ApiReadPath, type ApiReads, type PathParams, type Serialized } from "./api-reads";

export type ReadResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

export async function readApi<P extends ApiReadPath>(
  path: P,
  params: PathParams<P>,
  query?: Record<string, string>,
): Promise<ReadResult<Serialized<ApiReads[P]>>> {
  let response: Response;
  try {
    response = await fetch(apiReadUrl(path, params, query), {
      cache: "no-store",
      headers: { Accept: "application/json" },
    });
  } catch {
    return { ok: false, status: 0, error: "Margin could not be reached. Check your connection." };
  }
  const body = (await response.json().catch(() => null)) as
    { data: Serialized<ApiReads[P]> } | { error?: { message?: string } } | null;
  if (response.ok && body && "data" in body) return { ok: true, data: body.data };
  const message = body && "error" in body ? body.error?.message : undefined;
  return { ok: false, status: response.status, error: message ?? `The server answered ${response.status}.` };
}
