import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { openDemoArticle, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("reviewer", 1).storageState });

async function workspaceIdOf(page: Page): Promise<string> {
  const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  return workspaces.data.find((w) => w.slug === "demo")!.id;
}

test("a claim can be marked with the keyboard alone", async ({ page }) => {
  await openDemoArticle(page, /Though North Korea remains/);
  const text = page.getByRole("region", { name: "Article text" });
  // Tab to the text, then select from the start of the first paragraph with Shift+arrows.
  for (let i = 0; i < 40 && !(await text.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(text).toBeFocused();
  // With nothing selected yet, the first key puts the caret at the start of the visible text.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 4; i++) await page.keyboard.press("Control+Shift+ArrowRight");
  const selected = (await page.evaluate(() => window.getSelection()!.toString())).trim();
  expect(selected).toMatch(/^SINGAPORE -- Though/);
  await page.keyboard.press("c");
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(page.locator("blockquote").first()).toHaveText(selected);
  // Back to the list with the keyboard, and the claim is there in reading order.
  await page.getByRole("button", { name: "← All claims" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first()).toContainText(
    "SINGAPORE -- Though",
  );
});

test("the reader and the workspace pages have no serious accessibility violations", async ({ page }) => {
  // A claim of this test's own, so the claim panel is checked whatever ran before.
  const exact = "One defector living in South Korea uses a clandestine funding channel";
  await openDemoArticle(page, /Underground pipeline/);
  expect(await seriousAxeViolations(page)).toEqual([]);
  const workspaceId = await workspaceIdOf(page);
  const articleId = /\/articles\/([^/?]+)/.exec(page.url())![1]!;
  const claim = await page.request.post(`/api/v1/workspaces/${workspaceId}/articles/${articleId}/claims`, {
    data: { selector: [{ type: "TextQuoteSelector", exact }] },
    // As the browser would send it: the API refuses cookie-authenticated writes from other origins.
    headers: { origin: new URL(page.url()).origin },
  });
  expect(claim.status()).toBe(201);
  await page.reload();
  await page
    .getByRole("list", { name: "Claims in reading order" })
    .getByRole("button", { name: /One defector living/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  for (const path of ["/workspaces", "/w/demo", "/w/demo/members", "/w/demo/queue", "/w/demo/search?q=defector"]) {
    await page.goto(path);
    expect(await seriousAxeViolations(page), path).toEqual([]);
  }
});
