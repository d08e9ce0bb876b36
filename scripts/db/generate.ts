// Generates both Prisma clients (PostgreSQL and SQLite) without the native schema engine, which
// cannot be downloaded on offline machines: `prisma generate` only checks that the engine file exists.
import { execFileSync } from "node:child_process";
import { writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeSqliteSchema } from "./derive-sqlite-schema";

const root = process.cwd();
const sqliteSchema = writeSqliteSchema(root);
const placeholder = join(root, "node_modules/.cache/margin/schema-engine-placeholder");
if (!existsSync(placeholder)) {
  mkdirSync(join(placeholder, ".."), { recursive: true });
  writeFileSync(placeholder, "not an engine: prisma generate only checks that this file exists\n");
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const prismaCli = join(root, "node_modules/prisma/build/index.js");
for (const schema of [join(root, "prisma/schema.prisma"), sqliteSchema]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema, "--no-hints"], {
    env,
    stdio: "inherit",
  });
}
