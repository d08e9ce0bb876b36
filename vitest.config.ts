import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: `unit` (pure logic, *.test.ts beside the code) and `integration`
// (*.int.test.ts, against a real database chosen by scripts/test/integration.ts).
export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}/lib/testing/server-only-stub.ts` } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          // *.pg.int.test.ts exercise what only PostgreSQL has (LISTEN/NOTIFY, advisory locks), and
          // *.sqlite.int.test.ts what only SQLite has (its connection's PRAGMAs): each belongs to
          // one database's run, rather than showing as skipped on the other.
          exclude: process.env.MARGIN_TEST_DB === "postgresql" ? ["**/*.sqlite.int.test.ts"] : ["**/*.pg.int.test.ts"],
          environment: "node",
          globalSetup: ["lib/testing/integration-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database per run, shared by the files: they run one after another.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Two built app instances on one fresh PostgreSQL database (see scripts/test/cluster/).
          name: "cluster",
          include: ["scripts/test/cluster/*.cluster.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
