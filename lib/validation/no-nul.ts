// PostgreSQL cannot store NUL in text, and no field of Margin means one: every entry point (API,
// server actions, imports, restore) refuses it the same way, on both databases.

/** The path of the first string (or object key) holding a NUL, or null when there is none. */
export function findNul(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\0") ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\0")) return [...path, key];
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function containsNul(value: unknown): boolean {
  return findNul(value) !== null;
}

export const NUL_MESSAGE = "Text may not contain NUL characters (\\u0000).";
