// `npm start`: migrate the database (embedded SQLite under ./data unless DATABASE_URL says
// otherwise), load the demo workspace into an empty database, build if needed, and serve.
import { spawn } from "node:child_process";
import { ensureAuthSecret } from "../lib/auth/secret";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { DEMO_PASSWORD } from "../lib/seed/demo-accounts";
import { buildIfNeeded } from "./build-if-needed";
import { nextStartArgs } from "./lib/next-start";
import { demoSeedMode, prepareDatabase } from "./lib/prepare-database";

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOSTNAME ?? "0.0.0.0";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const demo = demoSeedMode();
const seedDemo = demo.seed;
// SQLite: the secret file lives in the data directory (made here, before the database file).
// PostgreSQL: each server process adopts the secret kept in the database (instrumentation.ts).
if (resolveDatabaseTarget().provider === "sqlite") process.env.NEXTAUTH_SECRET = ensureAuthSecret();
const { target, migration, seed } = await prepareDatabase(demo);
console.log(
  `Database: ${target.provider === "sqlite" ? `SQLite at ${target.url}` : "PostgreSQL"} (${migration.total} migrations, ${migration.applied.length} applied now)`,
);
if (!process.env.MARGIN_SKIP_BUILD) buildIfNeeded(root);

const server = spawn(process.execPath, nextStartArgs({ root, port, host }), {
  stdio: ["ignore", "pipe", "pipe"],
  env: process.env,
});
// Forwarded rather than inherited, so whoever runs this script can also keep the log (e2e tests read it).
server.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
    announced = true;
    announce();
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

function announce() {
  console.log(`\nMargin is running at ${process.env.NEXTAUTH_URL}`);
  if (seed?.seeded)
    console.log(
      `Loaded the demo workspace "${seed.workspaceSlug}" with: ${seed.articles.join(" | ")}` +
        (seed.claims ? ` (${seed.claims} example claims in progress)` : ""),
    );
  if (seedDemo && seed?.accounts.length) {
    console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const account of seed.accounts) console.log(`  ${account.role.padEnd(9)} ${account.email}  (${account.name})`);
  }
  console.log("");
}
