import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "../auth/actor";
import { requireActor } from "../auth/session";
import { AppError, toAppError, type FieldErrors } from "../errors/app-error";
import { findNul, NUL_MESSAGE } from "../validation/no-nul";
import type { ActionResult } from "./action-result";

/**
 * The one wrapper every server action goes through: it requires a signed-in user, runs the body
 * (which passes raw input to the data layer, where zod parses it) and turns errors into
 * `{ ok: false, error, fieldErrors }`. Unknown errors are logged and answered generically.
 */
export function authedAction<Args extends unknown[], T>(
  body: (actor: Actor, ...args: Args) => Promise<T>,
): (...args: Args) => Promise<ActionResult<T>> {
  return async (...args: Args) => {
    try {
      const actor = await requireActor();
      refuseNul(args);
      return { ok: true, data: await body(actor, ...args) };
    } catch (error) {
      return actionError(error);
    }
  };
}

/** For actions that may run without a session (sign-up). */
export function publicAction<Args extends unknown[], T>(
  body: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<ActionResult<T>> {
  return async (...args: Args) => {
    try {
      refuseNul(args);
      return { ok: true, data: await body(...args) };
    } catch (error) {
      return actionError(error);
    }
  };
}

/** The same rule as the API's (lib/validation/no-nul.ts): a NUL never reaches the data layer. */
function refuseNul(args: unknown[]): void {
  const path = findNul(args.map((arg) => (arg instanceof FormData ? formDataToObject(arg) : arg)));
  if (!path) return;
  const field = path.slice(1).join(".") || "_";
  throw new AppError("validation_failed", NUL_MESSAGE, { fields: { [field]: [NUL_MESSAGE] } });
}

function actionError(error: unknown): ActionResult<never> {
  unstable_rethrow(error);
  const appError = toAppError(error);
  if (!appError) {
    console.error("[action] unexpected error", error);
    return { ok: false, code: "internal", error: "Something went wrong on our side. Please try again." };
  }
  const fields = (appError.details as { fields?: FieldErrors } | undefined)?.fields;
  return {
    ok: false,
    code: appError.code,
    error: appError.message,
    ...(fields ? { fieldErrors: fields } : {}),
    ...(appError.code === "conflict" && appError.details ? { details: appError.details } : {}),
  };
}

/** Reads a FormData into a plain object (repeated keys become arrays) for zod to parse. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}
