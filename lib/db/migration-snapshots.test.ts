// `npm run db:new-migration` diffs the schema against the latest migration's snapshot. Branches
// that each add a migration leave, once merged, a latest snapshot that lacks the others' changes:
// the next migration would add their tables a second time. The latest snapshot must be the schema.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveSqliteSchema } from "../../scripts/db/derive-sqlite-schema";
import { readMigrationFolders, schemaPathFor } from "./migrations";

describe("migration snapshots", () => {
  const schema = readFileSync(schemaPathFor("postgresql"), "utf8");
  const expected = { postgresql: schema, sqlite: deriveSqliteSchema(schema) };

  for (const provider of ["postgresql", "sqlite"] as const)
    it(`the latest ${provider} migration's snapshot is prisma/schema.prisma`, () => {
      const latest = readMigrationFolders(provider).at(-1)!;
      expect(latest.schemaSnapshot, `${latest.name}: run npm run db:new-migration -- <name>`).toBe(expected[provider]);
    });
});
