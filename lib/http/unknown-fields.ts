// The public API refuses fields it does not know instead of silently dropping them: a client that
// misspells `sourceIds` must hear about it, not see its verdict saved without sources. The shared
// zod schemas stay non-strict (forms and server actions rely on that), so the API walks the body
// against the route's schema and names the first field no schema describes.
import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** The path of the first field of `value` that `schema` does not describe, or null. */
export function findUnknownField(schema: z.ZodType, value: unknown, path = ""): string | null {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      if (!isPlainObject(value)) return null;
      const shape = def.shape as Record<string, z.ZodType>;
      // A catchall (z.looseObject, z.record-like objects) means extra keys are part of the contract.
      if (def.catchall && defOf(def.catchall).type !== "never") return null;
      for (const [key, field] of Object.entries(value)) {
        // Own keys only: `toString` or `constructor` in a body must not find Object.prototype's.
        const known = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (!known) return join(path, key);
        const inner = findUnknownField(known, field, join(path, key));
        if (inner) return inner;
      }
      return null;
    }
    case "array": {
      if (!Array.isArray(value)) return null;
      for (const [index, item] of value.entries()) {
        const inner = findUnknownField(def.element as z.ZodType, item, join(path, index));
        if (inner) return inner;
      }
      return null;
    }
    case "union": {
      // Judge by the options the value fits; if it fits none, validation reports the real problem.
      const options = def.options as z.ZodType[];
      const fitting = options.filter((option) => option.safeParse(value).success);
      if (!fitting.length) return null;
      const findings = fitting.map((option) => findUnknownField(option, value, path));
      return findings.every(Boolean) ? findings[0]! : null;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return findUnknownField(def.innerType as z.ZodType, value, path);
    case "pipe":
      return findUnknownField(def.in as z.ZodType, value, path);
    case "lazy":
      return findUnknownField((def.getter as () => z.ZodType)(), value, path);
    default:
      // Records, unknown, primitives: any keys are allowed or there are none.
      return null;
  }
}
