// Runs a server action so that a request that never completes becomes a failed result
// instead of a rejected promise (which would reach the route's error boundary and drop the form).
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "./action-result";
import { failureFromResult, failureFromThrown, type FailureOptions, type SaveFailure } from "./save-failure";

export type CallOutcome<T> = { ok: true; data: T } | { ok: false; failure: SaveFailure };

export async function callAction<T>(
  action: () => Promise<ActionResult<T>>,
  options: FailureOptions = {},
): Promise<CallOutcome<T>> {
  let result: ActionResult<T>;
  try {
    result = await action();
  } catch (error) {
    // A redirect (or notFound) from the action reaches the client as a rejection Next.js handles.
    unstable_rethrow(error);
    const online = typeof navigator === "undefined" ? true : navigator.onLine;
    return { ok: false, failure: failureFromThrown(error, online) };
  }
  // A broken response can resolve to something that is not an ActionResult at all.
  if (!result || typeof result !== "object" || !("ok" in result))
    return { ok: false, failure: failureFromThrown(new Error("malformed response"), true) };
  return result.ok ? { ok: true, data: result.data } : { ok: false, failure: failureFromResult(result, options) };
}

/** `callAction` for forms that read an ActionResult: a request that never got an answer becomes one. */
export async function settleAction<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  let answered: ActionResult<T> | undefined;
  const outcome = await callAction(async () => (answered = await action()));
  if (outcome.ok) return outcome;
  // The action's own refusal goes back as it was, details included (a rating's usage count, say).
  if (answered && typeof answered === "object" && "ok" in answered) return answered;
  const { code, message, fieldErrors } = outcome.failure;
  return { ok: false, code, error: message, ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}) };
}
