// Vitest global setup of the integration project: one fresh database per run, migrated with the
// same runner as production, dropped afterwards. MARGIN_TEST_DB picks sqlite (default) or
// postgresql (server from MARGIN_TEST_POSTGRES_URL, default 127.0.0.1:5432).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../db/migrate";
import type { DatabaseTarget } from "../db/database-url";
import { createPostgresDatabase, dropPostgresDatabase } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseProvider: "sqlite" | "postgresql";
  }
}

export default async function setup(project: TestProject) {
  const provider = process.env.MARGIN_TEST_DB === "postgresql" ? "postgresql" : "sqlite";
  let target: DatabaseTarget;
  let teardown: () => Promise<void>;
  if (provider === "postgresql") {
    const created = await createPostgresDatabase();
    target = { provider, url: created.url };
    teardown = () => dropPostgresDatabase(created.name);
  } else {
    const dir = mkdtempSync(join(tmpdir(), "margin-int-"));
    target = { provider, url: join(dir, "test.db") };
    teardown = async () => rmSync(dir, { recursive: true, force: true });
  }
  await migrateDatabase(target);
  project.provide("databaseUrl", target.provider === "sqlite" ? `file:${target.url}` : target.url);
  project.provide("databaseProvider", provider);
  return teardown;
}
