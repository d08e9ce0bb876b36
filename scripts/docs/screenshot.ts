// Takes the README's screenshot (docs/screenshot.png) from a running Margin with the demo loaded:
//   npm start   (in another terminal)   then   npx tsx scripts/docs/screenshot.ts [http://localhost:3000]
// It photographs the Voice of America article as the demo editor, with the demo's work in progress
// (lib/seed/seed-demo-work.ts) coloured in the text and the claim with the published final verdict open.
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "../../e2e/support/chromium";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/seed/demo-accounts";

const base = process.argv[2] ?? "http://localhost:3000";
const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor")!;

const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const page = await browser.newPage({ baseURL: base, viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
await page.goto("/sign-in");
await page.getByLabel("E-mail").fill(editor.email);
await page.getByLabel("Password").fill(DEMO_PASSWORD);
await page.getByRole("button", { name: "Sign in", exact: true }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

await page.goto("/w/demo");
await page
  .getByRole("link", { name: /Underground pipeline/ })
  .first()
  .click();
await page.getByRole("region", { name: "Article text" }).waitFor();
const published = page
  .getByRole("list", { name: "Claims in reading order" })
  .getByRole("button", { name: /3,000 Chinese LED desk lamps/ });
if (!(await published.count())) throw new Error("The demo article has no demo work: start from an empty database.");
await published.first().click();
await page.getByRole("heading", { name: "Claim", exact: true }).waitFor();
// Opening a claim from the list scrolls to it; the picture starts at the top, with the demo label and title.
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForTimeout(500);
await page.screenshot({ path: join(process.cwd(), "docs/screenshot.png") });
await browser.close();
console.log("wrote docs/screenshot.png");
