// Values of raw SQL differ by provider and by path: through Prisma's $queryRaw SQLite answers
// EXISTS and COUNT with BigInt integers (0n/1n) and PostgreSQL EXISTS with a boolean, COUNT with a
// BigInt; through the drivers themselves (sql-reader.ts, sql-writer.ts) SQLite gives booleans as
// 0/1 and dates as ISO text, PostgreSQL COUNT as text and `timestamp` columns as zone-less UTC
// text. Queries written once for both read their columns through these.

/** An EXISTS or boolean column: true, 1 or 1n. Anything else (0, 0n, false, null) is false. */
export function rawBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "bigint") return value !== 0n;
  if (typeof value === "number") return value !== 0;
  return false;
}

/** A COUNT column as a number (counts Margin takes stay far below 2^53); node-postgres gives its BigInt as text. */
export function rawCount(value: unknown): number {
  if (typeof value === "bigint" || typeof value === "number") return Number(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  throw new TypeError(`expected a count, got ${typeof value}`);
}

/** A date column: a Date, epoch milliseconds, or text (ISO; UTC when it names no zone, as PostgreSQL's `timestamp` and SQLite's CURRENT_TIMESTAMP). */
export type RawDate = Date | string | number;

export function rawDate(value: RawDate): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  const iso = value.includes("T") ? value : value.replace(" ", "T");
  return new Date(/(Z|[+-]\d{2}(:?\d{2})?)$/.test(iso) ? iso : `${iso}Z`);
}

export function rawDateOrNull(value: RawDate | null): Date | null {
  return value === null ? null : rawDate(value);
}
