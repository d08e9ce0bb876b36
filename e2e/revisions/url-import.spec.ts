// URL import as an editor does it, against a fixture news site served by this test on 127.0.0.1.
// The e2e server runs with MARGIN_URL_IMPORT_ALLOW=loopback (playwright.config.ts), so the local
// site is reachable while every other refusal (here: a redirect to the cloud metadata address)
// stays in force.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";

const page = readFileSync(join(process.cwd(), "lib/article-import/fixtures/url/news-article.html"));
let site: Server;
let base: string;

test.beforeAll(async () => {
  site = createServer((req, res) => {
    if (req.url === "/news") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    if (req.url === "/to-metadata")
      return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));
test.use({ storageState: demoAccount("editor").storageState });

test("an editor imports a news page by its address, checking the preview first; a redirect to a private address is refused", async ({
  page: browser,
}) => {
  await browser.goto("/w/demo/articles/new");
  const address = browser.getByLabel("Article address (URL)");

  await address.fill(`${base}/to-metadata`);
  await address.press("Enter");
  await expect(browser.getByText(/redirected to http:\/\/169\.254\.169\.254.*link-local/)).toBeVisible();

  await address.fill(`${base}/news`);
  await browser.getByRole("button", { name: "Fetch and preview" }).click();
  await expect(browser.getByLabel("Title")).toHaveValue("River council delays flood barrier vote until spring");
  await expect(browser.getByLabel("Byline")).toHaveValue("Tomasz Brandt");
  await expect(browser.getByLabel("Source URL")).toHaveValue("https://valleycourier.example/local/flood-barrier-vote");
  await browser.getByRole("button", { name: "Import article" }).click();

  await expect(
    browser.getByRole("heading", { level: 1, name: "River council delays flood barrier vote until spring" }),
  ).toBeVisible();
  await expect(browser.getByText(/£48 million flood barrier/).first()).toBeVisible();
  await expect(browser.getByText("Subscribe")).toHaveCount(0);
});
