// Values of Prisma's tagged $queryRaw differ by provider: SQLite answers EXISTS and COUNT with
// BigInt integers (0n/1n), PostgreSQL answers EXISTS with a boolean and COUNT with a BigInt.
// Raw queries written once for both read their columns through these.

/** An EXISTS or boolean column: true, 1 or 1n. Anything else (0, 0n, false, null) is false. */
export function rawBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "bigint") return value !== 0n;
  if (typeof value === "number") return value !== 0;
  return false;
}

/** A COUNT column as a number (counts Margin takes stay far below 2^53). */
export function rawCount(value: unknown): number {
  if (typeof value === "bigint" || typeof value === "number") return Number(value);
  throw new TypeError(`expected a count, got ${typeof value}`);
}
