// What the GET routes the reader uses answer in `data`, listed once: route handlers answer through
// `jsonRead` (a type error if a use case returns something else) and the browser reads through
// `readApi` (lib/api/read-api.ts), so neither side casts. Types only: safe to import in the browser.
import type { AssignmentItem } from "../assignments/assignment-item";
import type { HistoryEntry } from "../audit/get-claim-history";
import type { SimilarItem } from "../claim-memory/find-similar-claims";
import type { ClaimFamily } from "../claim-memory/get-claim-family";
import type { ClaimDetail } from "../claims/get-claim-detail";
import type { ClaimSummary } from "../claims/list-article-claims";
import type { UnreadCount } from "../notifications/list-notifications";

export interface ApiReads {
  "/api/v1/workspaces/{workspaceId}/articles/{articleId}/claims": ClaimSummary[];
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}": ClaimDetail;
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}/history": HistoryEntry[];
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}/similar": SimilarItem[];
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}/family": ClaimFamily;
  "/api/v1/workspaces/{workspaceId}/assignments": AssignmentItem[];
  "/api/v1/notifications/unread-count": UnreadCount;
}

export type ApiReadPath = keyof ApiReads;

/** What a value becomes on its way through JSON: dates arrive as ISO strings. */
export type Serialized<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? Serialized<Item>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;

/** `{ workspaceId: string, claimId: string }` from "/…/{workspaceId}/claims/{claimId}". */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name]: string } & PathParams<Rest>
  : unknown;

export const API_READ_PATHS = [
  "/api/v1/workspaces/{workspaceId}/articles/{articleId}/claims",
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}",
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}/history",
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}/similar",
  "/api/v1/workspaces/{workspaceId}/claims/{claimId}/family",
  "/api/v1/workspaces/{workspaceId}/assignments",
  "/api/v1/notifications/unread-count",
] as const satisfies readonly ApiReadPath[];

/** The address of a read, its parameters encoded; `query` adds a query string. */
export function apiReadUrl<P extends ApiReadPath>(
  path: P,
  params: PathParams<P>,
  query: Record<string, string> = {},
): string {
  const values = params as Record<string, string>;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
  const search = new URLSearchParams(query).toString();
  return search ? `${filled}?${search}` : filled;
}

// Every read is listed in API_READ_PATHS (the test checks each against the route list).
const _everyReadListed: Exclude<ApiReadPath, (typeof API_READ_PATHS)[number]> extends never ? true : never = true;
