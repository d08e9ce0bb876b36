import type { FieldErrors } from "../errors/app-error";

/** What every server action returns: data, or an error a person can act on (per field when possible). */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; code: string; fieldErrors?: FieldErrors; details?: unknown };

export const initialActionState = null;
export type ActionState<T = undefined> = ActionResult<T> | null;
