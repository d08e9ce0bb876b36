// Creates and drops throwaway PostgreSQL databases for tests. Refuses any server that is not on
// this machine, so a test run can never touch a shared database.
import { randomBytes } from "node:crypto";
import pg from "pg";

export function postgresServerUrl(): string {
  return process.env.MARGIN_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`refusing to create test databases on a non-local server (${host})`);
  }
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = postgresServerUrl();
  assertLocal(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${url} (${(error as Error).message}). Start it, set MARGIN_TEST_POSTGRES_URL, or set MARGIN_SKIP_POSTGRES=1 to skip the PostgreSQL run.`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(prefix = "margin_test"): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresServerUrl());
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
