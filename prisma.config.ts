// Prisma CLI configuration. Margin applies migrations itself (lib/db/migrate.ts, through the
// WebAssembly schema engine), so the CLI is only used for `prisma generate` and needs no URL.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
});
