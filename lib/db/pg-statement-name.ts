// PostgreSQL plans an unnamed statement every time it runs; a named one is parsed and planned once
// per connection, then reused. Prisma's pg adapter sends every query unnamed unless given a name
// generator, and planning cost more PostgreSQL CPU than running most of Margin's small writes.
// A name comes from the SQL text, so a statement has one name on every connection and process.
import { createHash } from "node:crypto";

// node-postgres keeps a connection's named statements for the connection's life. A list whose
// length varies (`IN ($1, $2, …)`) would make a new statement per length, so those stay unnamed.
const VARIABLE_LIST = /\bIN \(\$\d+(, ?\$\d+)+\)/i;
const MEMO_LIMIT = 5_000;
const names = new Map<string, string>();

/** The statement's name, or "" (node-postgres then sends it unnamed). */
export function pgStatementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = VARIABLE_LIST.test(sql) ? "" : `margin_${createHash("sha1").update(sql).digest("base64url").slice(0, 22)}`;
    if (names.size < MEMO_LIMIT) names.set(sql, name);
  }
  return name;
}
