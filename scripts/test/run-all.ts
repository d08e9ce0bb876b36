// `npm test`: every check, in order, stopping at the first failure. Typecheck, lint, unit tests,
// integration tests on SQLite and on PostgreSQL (the same files), two app instances on one
// PostgreSQL database, then the browser tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const bin = (name: string) => join(root, "node_modules/.bin", name);
const summary: string[] = [];
const resultsDir = join(root, "test-results/vitest");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function step(title: string, command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env }, cwd: root });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (${seconds} s)`);
    printSummary();
    process.exit(result.status ?? 1);
  }
  summary.push(`✓ ${title} (${seconds} s)`);
}

function vitest(title: string, project: string, env: Record<string, string> = {}, tag = project): void {
  const output = join(resultsDir, `${tag}.json`);
  step(
    title,
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
    env,
  );
  const report = JSON.parse(readFileSync(output, "utf8")) as {
    numPassedTests: number;
    numTotalTests: number;
    numTestSuites: number;
  };
  summary[summary.length - 1] += ` — ${report.numPassedTests}/${report.numTotalTests} tests passed`;
}

function printSummary(): void {
  console.log(`\n━━ Summary ━━\n${summary.join("\n")}`);
}

step("Generate Prisma clients", process.execPath, [
  join(root, "node_modules/tsx/dist/cli.mjs"),
  "scripts/db/generate.ts",
]);
step("Typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
step("Lint", bin("eslint"), [".", "--max-warnings=0"]);
step("Formatting (Prettier)", bin("prettier"), ["--check", "."]);
vitest("Unit tests", "unit");
vitest("Integration tests on SQLite", "integration", { MARGIN_TEST_DB: "sqlite" }, "integration-sqlite");
if (process.env.MARGIN_SKIP_POSTGRES === "1") {
  summary.push("- Integration and two-instance tests on PostgreSQL skipped (MARGIN_SKIP_POSTGRES=1)");
} else {
  vitest("Integration tests on PostgreSQL", "integration", { MARGIN_TEST_DB: "postgresql" }, "integration-postgresql");
  vitest("Two app instances on one PostgreSQL database", "cluster");
}
step("Browser tests (Playwright, Chromium)", bin("playwright"), ["test"]);
printSummary();
