// The database of an integration test run (see integration-global-setup.ts), installed as the
// process-wide client so code that calls getDb() uses it too.
import { inject } from "vitest";
import { createDb, setDbHandle, type DbHandle } from "../db/client";
import { resolveDatabaseTarget } from "../db/database-url";

let handle: DbHandle | undefined;

export function testDb(): DbHandle {
  if (!handle) {
    handle = createDb(resolveDatabaseTarget({ DATABASE_URL: inject("databaseUrl") }));
    setDbHandle(handle);
  }
  return handle;
}

export function testProvider(): "sqlite" | "postgresql" {
  return inject("databaseProvider");
}
