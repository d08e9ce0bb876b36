// The migrations, applied in order to a fresh database, give every column the schema names. Two
// branches' SQLite migrations that each rebuilt the same table (Prisma's "RedefineTables") lost
// one another's columns once merged; Prisma's model queries select every column, so a model
// read fails on any column that is missing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testDb } from "../testing/test-db";
import { schemaPathFor } from "./migrations";

const models = [...readFileSync(schemaPathFor("postgresql"), "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);

describe("migrations against the schema", () => {
  it("know every model", () => expect(models.length).toBeGreaterThan(20));

  for (const model of models)
    it(`give ${model} every column the schema names`, async () => {
      const delegate = (testDb().db as unknown as Record<string, { findFirst(): Promise<unknown> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      expect(delegate, model).toBeDefined();
      await delegate!.findFirst(); // throws when a column is missing
    });
});
