// What a person is told when a save fails, whether the server answered with an error
// (ActionResult) or the request never completed (the server action's promise rejected: no
// network, a proxy's 502/503, a server restarting). Pure, so the browser and tests share it.
import type { FieldErrors } from "../errors/app-error";
import type { ActionResult } from "./action-result";

export interface SaveFailure {
  /** The server's error code, or `offline`, `network`, `server_unavailable` when no answer came. */
  code: string;
  message: string;
  fieldErrors: FieldErrors;
  /** Whether sending the same thing again can help (false when the input itself must change). */
  retryable: boolean;
  /** On a conflict, the version the other person's change left, to save over it on retry. */
  currentVersion?: number;
}

const KEPT = "Nothing was lost: what you typed is still here.";

/** Codes where the same request cannot succeed until the input (or the person's rights) change. */
const NOT_RETRYABLE = new Set(["validation_failed", "bad_request", "forbidden", "not_found", "payload_too_large"]);

export interface FailureOptions {
  /** False for saves that must never go over a change one has not seen (publishing): a conflict is told, not retried. */
  overwriteOnConflict?: boolean;
}

export function failureFromResult(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  options: FailureOptions = {},
): SaveFailure {
  const base = { code: result.code, fieldErrors: result.fieldErrors ?? {}, retryable: !NOT_RETRYABLE.has(result.code) };
  switch (result.code) {
    case "conflict": {
      if (options.overwriteOnConflict === false) return { ...base, retryable: false, message: result.error };
      const version = currentVersionOf(result.details);
      return {
        ...base,
        message: `${result.error} ${KEPT} Try again to save yours over their change.`,
        ...(version === undefined ? {} : { currentVersion: version }),
      };
    }
    case "unauthenticated":
      return { ...base, message: `Your session has ended. Sign in again in another tab, then try again. ${KEPT}` };
    case "rate_limited":
    case "unavailable":
    case "internal":
      return { ...base, message: `${result.error} ${KEPT}` };
    default:
      return { ...base, message: result.error };
  }
}

/** A save whose request failed before any answer (fetch rejected, or a response that was not the app's). */
export function failureFromThrown(error: unknown, online: boolean): SaveFailure {
  const common = { fieldErrors: {}, retryable: true };
  if (!online)
    return {
      ...common,
      code: "offline",
      message: `You are offline, so this was not saved. ${KEPT} Try again once you are back online.`,
    };
  if (isNetworkError(error))
    return {
      ...common,
      code: "network",
      message: `Margin could not be reached, so this was not saved. ${KEPT} Check your connection and try again.`,
    };
  return {
    ...common,
    code: "server_unavailable",
    message: `The server did not answer properly (it may be busy or restarting), so this was not saved. ${KEPT} Try again in a moment.`,
  };
}

function isNetworkError(error: unknown): boolean {
  if (error instanceof TypeError) return true; // fetch: "Failed to fetch", "NetworkError when attempting…", "Load failed"
  const message = error instanceof Error ? error.message : String(error);
  return /failed to fetch|networkerror|network request failed|load failed|fetch failed/i.test(message);
}

function currentVersionOf(details: unknown): number | undefined {
  const current = (details as { current?: { version?: unknown } } | null | undefined)?.current;
  return typeof current?.version === "number" ? current.version : undefined;
}
