// `npm run dev`: migrate and seed like `npm start`, then run Next.js in development mode.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureAuthSecret } from "../lib/auth/secret";
import { demoSeedMode, prepareDatabase } from "./lib/prepare-database";

const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_SECRET = ensureAuthSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
await prepareDatabase(demoSeedMode());
const child = spawn(process.execPath, [join(process.cwd(), "node_modules/next/dist/bin/next"), "dev", "-p", port], {
  stdio: "inherit",
});
child.on("exit", (code) => process.exit(code ?? 0));
