// A throwaway database per run: a new SQLite file under bench/results, or a new PostgreSQL
// database on the local server (dropped afterwards). `env` is what the server process needs.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseProvider, DatabaseTarget } from "../../lib/db/database-url";

export interface FreshDatabase {
  provider: DatabaseProvider;
  target: DatabaseTarget;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function freshDatabase(
  provider: DatabaseProvider,
  name: string,
  root = process.cwd(),
): Promise<FreshDatabase> {
  const dataDir = join(root, "bench/results", `${name}-${provider}-data`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  if (provider === "sqlite") {
    const url = join(dataDir, "margin.db");
    return {
      provider,
      target: { provider, url },
      env: { DATA_DIR: dataDir, DATABASE_URL: `file:${url}`, NEXTAUTH_SECRET: secret },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const { createPostgresDatabase, dropPostgresDatabase } = await import("../../lib/testing/postgres-admin");
  const database = await createPostgresDatabase(`margin_${name.replace(/\W/g, "_")}`);
  return {
    provider,
    target: { provider, url: database.url },
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret },
    drop: async () => {
      await dropPostgresDatabase(database.name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
