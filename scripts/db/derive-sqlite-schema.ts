// Derives prisma/sqlite/schema.prisma from prisma/schema.prisma (PostgreSQL, the source of truth).
// A Prisma schema fixes one provider, so SQLite needs its own file; it differs only in the
// provider, the client's output folder and PostgreSQL-only native types (@db.*).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

export function deriveSqliteSchema(postgresSchema: string): string {
  const header = "// GENERATED from prisma/schema.prisma by scripts/db/derive-sqlite-schema.ts: do not edit.\n";
  return (
    header +
    postgresSchema
      .replace('provider = "postgresql"', 'provider = "sqlite"')
      .replace('output       = "../lib/db/generated/postgresql"', 'output       = "../../lib/db/generated/sqlite"')
      .replace(/ @db\.\w+(\([^)]*\))?/g, "")
      // One set of Kysely row types, from the source of truth: the SQLite client needs none of its own.
      .replace(/\ngenerator kysely \{[^}]*\}\n/, "\n")
  );
}

export function writeSqliteSchema(root: string): string {
  const source = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
  const derived = deriveSqliteSchema(source);
  if (!derived.includes('provider = "sqlite"') || !derived.includes("generated/sqlite")) {
    throw new Error("prisma/schema.prisma no longer has the provider/output lines the derivation expects");
  }
  const target = join(root, "prisma/sqlite/schema.prisma");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, derived);
  return target;
}

if (process.argv[1]?.endsWith("derive-sqlite-schema.ts")) {
  console.log(`wrote ${writeSqliteSchema(process.cwd())}`);
}
