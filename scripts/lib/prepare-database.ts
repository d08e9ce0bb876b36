// Shared by `npm start` and the test runners: make sure the Prisma clients exist, apply
// migrations, and (optionally) load the demo workspace into an empty database.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { resolveDatabaseTarget, type DatabaseTarget } from "../../lib/db/database-url";
import { migrateDatabase } from "../../lib/db/migrate";
import { withStartupLock } from "../../lib/db/startup-lock";

export function ensurePrismaClients(root = process.cwd()): void {
  const ready = ["sqlite", "postgresql"].every((p) => existsSync(join(root, `lib/db/generated/${p}/client.ts`)));
  if (ready) return;
  console.log("Generating Prisma clients…");
  execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db/generate.ts"], {
    stdio: "inherit",
    cwd: root,
  });
}

/** MARGIN_DEMO: unset or "1" loads the demo with its work in progress, "empty" without it, "0" no demo at all. */
export function demoSeedMode(value = process.env.MARGIN_DEMO): { seed: boolean; demoWork: boolean } {
  return { seed: value !== "0", demoWork: value !== "0" && value !== "empty" };
}

export async function prepareDatabase(options: { seed: boolean; demoWork?: boolean; target?: DatabaseTarget }) {
  ensurePrismaClients();
  const target = options.target ?? resolveDatabaseTarget();
  // Several instances may start at once on one PostgreSQL database: they take turns.
  return withStartupLock(target, () => migrateAndSeed(target, options.seed, options.demoWork ?? true));
}

async function migrateAndSeed(target: DatabaseTarget, seed: boolean, work: boolean) {
  const migration = await migrateDatabase(target);
  if (!seed) return { target, migration, seed: null };
  // Imported late: the client modules must exist before they are loaded.
  const { createDb } = await import("../../lib/db/client");
  const { seedDemo } = await import("../../lib/seed/seed-demo");
  const handle = createDb(target);
  try {
    return { target, migration, seed: await seedDemo(handle.db, { work }) };
  } finally {
    await handle.close();
  }
}
