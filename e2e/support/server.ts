// The app under test: a fresh data directory (SQLite) each run, or a fresh PostgreSQL database when
// E2E_DATABASE=postgresql, then the same start script as `npm start` (migrate, seed demo, build, serve).
import { appendFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const dataDir = join(process.cwd(), ".e2e-data");
rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
// The server's whole log, for tests that check what it must never print (passwords).
mkdirSync(dataDir, { recursive: true });
const logFile = join(dataDir, "server.log");
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    appendFileSync(logFile, chunk);
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
}
process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT}`;
process.env.HOSTNAME = "127.0.0.1";
// The demo people and articles without the example work: each spec marks the claims it checks.
process.env.MARGIN_DEMO ??= "empty";
if (process.env.E2E_DATABASE === "postgresql") {
  const { createPostgresDatabase, dropPostgresDatabase } = await import("../../lib/testing/postgres-admin");
  const database = await createPostgresDatabase("margin_e2e");
  process.env.DATABASE_URL = database.url;
  const drop = () => void dropPostgresDatabase(database.name).finally(() => process.exit(0));
  process.on("SIGTERM", drop);
  process.on("SIGINT", drop);
} else {
  delete process.env.DATABASE_URL;
}
await import("../../scripts/start");
