// The bad bodies every route with a body must refuse with a 4xx: malformed JSON, a wrong-typed
// field, a missing required field, an unknown field and a body over the route's limit. Derived
// from the route's valid fixture body and its zod schema, so new routes get them for free.
import type { z } from "zod";
import type { ApiCall } from "./api-client";
import type { RouteFixture } from "./api-route-fixtures";

export interface InvalidBody {
  label: string;
  call: ApiCall;
  status: number;
}

/** Bodies above this are announced with a Content-Length instead of being built in memory. */
const LARGEST_REAL_BODY = 24 * 1024 * 1024;

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | null {
  const def = (schema as { _zod?: { def: { type: string; shape?: Record<string, z.ZodType> } } } | undefined)?._zod
    ?.def;
  return def?.type === "object" ? def.shape! : null;
}

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return "twelve";
  if (typeof value === "boolean") return "yes";
  if (Array.isArray(value)) return "not a list";
  return 7;
}

export function invalidBodies(fixture: RouteFixture): InvalidBody[] {
  const body = fixture.body as Record<string, unknown>;
  const shape = shapeOf(fixture.route.body);
  const invalid = fixture.invalidStatus ?? 400;
  const bad: InvalidBody[] = [
    { label: "malformed JSON", call: { rawBody: '{"oops": ' }, status: 400 },
    { label: "a JSON array instead of an object", call: { body: [body] }, status: invalid },
  ];
  const typed = fixture.wrongTypeField ?? (shape ? Object.keys(body).find((key) => shape[key]) : undefined);
  if (typed)
    bad.push({
      label: `wrong-typed "${typed}"`,
      call: { body: { ...body, [typed]: wrongTypeOf(body[typed]) } },
      status: invalid,
    });
  const required = shape
    ? Object.keys(shape).find((key) => key in body && !shape[key]!.safeParse(undefined).success)
    : undefined;
  if (required) {
    const { [required]: _, ...rest } = body;
    bad.push({ label: `missing "${required}"`, call: { body: rest }, status: invalid });
  } else if (fixture.missingRequired !== undefined) {
    bad.push({ label: "missing required fields", call: { body: fixture.missingRequired }, status: invalid });
  }
  // W3C and Hypothesis documents (record schemas) may carry extension properties by design.
  if (shape) bad.push({ label: "unknown field", call: { body: { ...body, unexpectedField: true } }, status: invalid });
  const limit = fixture.bodyLimitBytes;
  if (limit + 1 <= LARGEST_REAL_BODY) {
    bad.push({
      label: "body over the limit",
      call: { rawBody: JSON.stringify({ ...body, padding: "x".repeat(limit) }) },
      status: 413,
    });
  } else {
    bad.push({
      label: "body announced over the limit",
      call: { rawBody: JSON.stringify(body), headers: { "content-length": String(limit + 1) } },
      status: 413,
    });
  }
  return bad;
}
