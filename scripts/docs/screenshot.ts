// Takes the README's screenshot (docs/screenshot.png) from a running Margin with the demo loaded:
//   npm start   (in another terminal)   then   npx tsx scripts/docs/screenshot.ts [http://localhost:3000]
// It marks three claims on the Voice of America article as the demo editor (unless that article
// already has claims), adds a note and a source to the first, and photographs the reader with it open.
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "../../e2e/support/chromium";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/seed/demo-accounts";

const base = process.argv[2] ?? "http://localhost:3000";
const CLAIMS = [
  "uses a clandestine funding channel to send hundreds of thousands of dollars",
  "has also sent acupuncture needles, handbags, hair dye, vitamins and lingerie",
  "some North Korean defectors see investment in its rudimentary market economy as a way to promote change from within",
];
const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor")!;

const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const page = await browser.newPage({ baseURL: base, viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
await page.goto("/sign-in");
await page.getByLabel("E-mail").fill(editor.email);
await page.getByLabel("Password").fill(DEMO_PASSWORD);
await page.getByRole("button", { name: "Sign in", exact: true }).click();
await page.getByRole("heading", { name: "Your workspaces" }).waitFor();

const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
  data: { id: string; slug: string }[];
};
const workspace = workspaces.data.find((w) => w.slug === "demo")!;
await page.goto("/w/demo");
await page
  .getByRole("link", { name: /Underground pipeline/ })
  .first()
  .click();
await page.getByRole("region", { name: "Article text" }).waitFor();
const articleId = /\/articles\/([^/?]+)/.exec(page.url())![1]!;
const api = `/api/v1/workspaces/${workspace.id}`;
// As the browser would send it: the API refuses cookie-authenticated writes from other origins.
const headers = { origin: new URL(page.url()).origin };
const existing = (await (await page.request.get(`${api}/articles/${articleId}/claims`)).json()) as { data: unknown[] };
if (!existing.data.length) {
  const ids: string[] = [];
  for (const exact of CLAIMS) {
    const response = await page.request.post(`${api}/articles/${articleId}/claims`, {
      headers,
      data: { selector: [{ type: "TextQuoteSelector", exact }] },
    });
    ids.push(((await response.json()) as { data: { id: string } }).data.id);
  }
  await page.request.post(`${api}/claims/${ids[0]}/notes`, {
    headers,
    data: { body: "The **amount** is the defector's own estimate; ask for transfer records before rating." },
  });
  await page.request.post(`${api}/claims/${ids[0]}/sources`, {
    headers,
    data: {
      url: "https://www.voanews.com/",
      title: "Voice of America: original report",
      stance: "context",
    },
  });
}
await page.reload();
await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first().click();
await page.getByRole("heading", { name: "Claim", exact: true }).waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: join(process.cwd(), "docs/screenshot.png") });
await browser.close();
console.log("wrote docs/screenshot.png");
