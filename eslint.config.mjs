// Lint: typescript-eslint (type-aware: floating promises, type-only imports), React hooks,
// accessibility (jsx-a11y) and Next.js rules.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "lib/db/generated/",
      "prisma/sqlite/",
      "data/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
      "**/scratch*/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // A focusable text region is how keyboard users select text to mark claims.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["tabpanel", "region"] }],
      "jsx-a11y/label-has-associated-control": ["error", { depth: 3 }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]",
          message: "No focused or skipped tests.",
        },
      ],
    },
  },
  {
    // One typed path to the database: what Prisma's model API does not express is a Kysely query.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/db/kysely.ts", "**/*.test.ts", "lib/testing/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["$queryRaw", "$queryRawUnsafe", "$executeRaw", "$executeRawUnsafe"].map((property) => ({
          property,
          message: "Build the query with sqlOf(client) (lib/db/kysely.ts): typed against the schema.",
        })),
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts", "lib/testing/**"],
    rules: {
      // The data layer never marks itself as server actions: every export would become a public endpoint.
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > ExpressionStatement > Literal[value='use server']",
          message: "'use server' belongs in app/**/actions.ts only.",
        },
      ],
    },
  },
  {
    // Test helpers (fixtures, validators) live in lib/testing and never ship in the product.
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "components/**/*.tsx", "components/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "lib/testing/**", "**/*.check.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/testing/*", "@/lib/testing/*"], message: "lib/testing is for tests only." }] },
      ],
    },
  },
);
