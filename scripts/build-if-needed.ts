// Builds the Next.js app when there is no build, or when the sources changed since the last one
// (a fingerprint of paths, sizes and modification times is kept beside the build).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function walk(path: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) walk(join(path, entry), hash);
    return;
  }
  if (/\.(test|int\.test)\.ts$/.test(path)) return;
  hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
}

export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) walk(join(root, source), hash);
  return hash.digest("hex");
}

export function buildIfNeeded(root = process.cwd()): boolean {
  const stampFile = join(root, ".next/margin-source-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const built =
    existsSync(join(root, ".next/BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === fingerprint;
  if (built) return false;
  console.log("Building Margin (first start or sources changed)…");
  execFileSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(stampFile, fingerprint);
  return true;
}

if (process.argv[1]?.endsWith("build-if-needed.ts")) buildIfNeeded();
