// Which database Margin talks to. DATABASE_URL picks PostgreSQL (postgres:// or postgresql://)
// or SQLite (file:...); without it, the embedded SQLite file lives under DATA_DIR (./data).
import { resolve } from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite: an absolute file path (or ":memory:"); for PostgreSQL: the connection string. */
  url: string;
}

export function dataDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  // The data directory is chosen at run time; the build must not trace the project through it.
  return resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || "./data");
}

export function resolveDatabaseTarget(env: Readonly<Record<string, string | undefined>> = process.env): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    return { provider: "sqlite", url: resolve(dataDirectory(env), "margin.db") };
  }
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    return { provider: "postgresql", url: raw };
  }
  if (raw.startsWith("file:")) {
    const path = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    return { provider: "sqlite", url: path === ":memory:" ? path : resolve(/*turbopackIgnore: true*/ path) };
  }
  throw new Error(`DATABASE_URL must start with postgresql://, postgres:// or file: (got "${raw.split(":")[0]}:...")`);
}
