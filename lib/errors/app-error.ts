// Typed errors of the data layer, with one map from code to HTTP status. Route handlers and
// server actions turn them into `{ error: { code, message, details } }`; anything else is a bug
// and becomes a 500 without leaking internals.
import { ZodError } from "zod";

export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  locked: 423,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Field errors as { path: [messages] }, the shape forms show next to each field. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: ZodError): FieldErrors {
  // A Map, not an object: a field named by the input ("valueOf", "__proto__") must not meet Object's own properties.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    // A strict schema's extra keys are reported on their parent; name each key instead.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      const key = path.length ? path.join(".") : "_";
      const messages = fields.get(key) ?? [];
      messages.push(issue.code === "unrecognized_keys" ? "Unknown field." : issue.message);
      fields.set(key, messages);
    }
  }
  return Object.fromEntries(fields);
}

export function validationError(error: ZodError): AppError {
  const fields = fieldErrorsOf(error);
  // Unknown fields first: a misspelt `sourceIds` explains the other errors a client sees.
  const first = error.issues.find((issue) => issue.code === "unrecognized_keys") ?? error.issues[0];
  if (first?.code === "unrecognized_keys") {
    const name = [...first.path, first.keys[0]].join(".");
    return new AppError("validation_failed", `Unknown field "${name}": remove it or check its spelling.`, { fields });
  }
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return new AppError("validation_failed", `${where}${first?.message ?? "invalid input"}`, { fields });
}

// Codes of a unique constraint violation: Prisma's, then the drivers' own (typed Kysely queries
// run through the driver adapters): node-postgres gives the SQLSTATE, better-sqlite3 its extended
// result code.
const UNIQUE_VIOLATION_CODES = new Set(["P2002", "23505", "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]);

/** A unique constraint violation becomes a conflict rather than a 500. */
export function isUniqueConstraintError(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && UNIQUE_VIOLATION_CODES.has((error as { code?: string }).code ?? "")
  );
}

/**
 * PostgreSQL's refusal of a NUL character in text (SQLSTATE 22021): from node-postgres itself, or
 * as Prisma reports it, P2039 from its model queries and P2010 from raw ones.
 */
export function isNulInTextError(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: string }).code : undefined;
  return code === "22021" || ((code === "P2039" || code === "P2010") && /\b22021\b/.test((error as Error).message));
}

/**
 * Maps any thrown value to an AppError: AppErrors pass through, zod errors become validation
 * errors, unique-constraint violations conflicts; the rest is reported as null (a real bug).
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (isUniqueConstraintError(error)) return new AppError("conflict", "That already exists.");
  if (isNulInTextError(error))
    return new AppError("validation_failed", "Text may not contain NUL characters (\\u0000).");
  return null;
}
