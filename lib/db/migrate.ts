import "server-only";
// Applies pending migrations to the database DATABASE_URL points at, through the WebAssembly
// schema engine, then checks that every migration folder is recorded as applied: a runner that
// "succeeds" without applying anything must never go unnoticed.
import { readFileSync } from "node:fs";
import { createAdapterFactory } from "./adapter";
import type { DatabaseTarget } from "./database-url";
import { lockfileContent, migrationsDirectory, projectRoot, readMigrationFolders, schemaPathFor } from "./migrations";
import { openSchemaEngine } from "./schema-engine";
import { Client } from "pg";
import Database from "better-sqlite3";
import { ensurePrivateSqliteFiles } from "./private-files";

const filters = { externalTables: [], externalEnums: [] };

export interface MigrateResult {
  applied: string[];
  total: number;
}

export async function migrateDatabase(target: DatabaseTarget, root = projectRoot()): Promise<MigrateResult> {
  const folders = readMigrationFolders(target.provider, root);
  if (folders.length === 0) throw new Error(`no migrations found for ${target.provider}`);
  if (target.provider === "sqlite" && target.url !== ":memory:") enableWal(target.url);
  const schemaPath = schemaPathFor(target.provider, root);
  const adapter = createAdapterFactory(target, { poolSize: 2 });
  const { engine, close } = await openSchemaEngine(schemaPath, readFileSync(schemaPath, "utf8"), adapter.factory);
  let applied: string[];
  try {
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDirectory(target.provider, root),
        lockfile: { path: "migration_lock.toml", content: lockfileContent(target.provider) },
        shadowDbInitScript: "",
        migrationDirectories: folders.map((folder) => ({
          path: folder.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: folder.sql } },
        })),
      },
      filters,
    });
    applied = output.appliedMigrationNames;
  } finally {
    await close();
    await adapter.close();
  }
  const recorded = await countAppliedMigrations(target);
  if (recorded < folders.length) {
    throw new Error(`migrations were not applied: ${recorded} of ${folders.length} recorded in _prisma_migrations`);
  }
  return { applied, total: folders.length };
}

// WAL lets readers work while one writer writes; it is a property of the file, set once.
function enableWal(path: string): void {
  ensurePrivateSqliteFiles(path);
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

async function countAppliedMigrations(target: DatabaseTarget): Promise<number> {
  const sql = "SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";
  if (target.provider === "sqlite") {
    const db = new Database(target.url, { readonly: true });
    try {
      return Number((db.prepare(sql).get() as { n: number }).n);
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(sql);
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
