// The SQLite database (with its WAL files) and the generated session secret are created readable
// by the server's user only, even under a permissive umask, and narrowed if an older version left
// them world-readable.
import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "../auth/secret";
import { migrateDatabase } from "./migrate";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("private files", () => {
  let umask: number;
  beforeAll(() => {
    umask = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(umask);
  });

  it("creates the SQLite database and its WAL files with mode 0600", async () => {
    const dir = mkdtempSync(join(tmpdir(), "margin-private-"));
    const path = join(dir, "data", "margin.db");
    await migrateDatabase({ provider: "sqlite", url: path });
    expect(mode(path)).toBe(0o600);
    for (const suffix of ["-wal", "-shm"])
      if (existsSync(path + suffix)) expect(mode(path + suffix), suffix).toBe(0o600);
  });

  it("creates the generated auth secret with mode 0600 and narrows an old world-readable one", () => {
    const dir = mkdtempSync(join(tmpdir(), "margin-secret-"));
    ensureAuthSecret({ DATA_DIR: dir });
    expect(mode(join(dir, "auth-secret"))).toBe(0o600);
    const old = mkdtempSync(join(tmpdir(), "margin-secret-old-"));
    writeFileSync(join(old, "auth-secret"), "an-old-secret");
    chmodSync(join(old, "auth-secret"), 0o644);
    expect(ensureAuthSecret({ DATA_DIR: old })).toBe("an-old-secret");
    expect(mode(join(old, "auth-secret"))).toBe(0o600);
  });
});
