import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { openDemoArticle, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("reviewer", 1).storageState });

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
  await openDemoArticle(page, /Underground pipeline/);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page
    .getByRole("list", { name: "Claims in reading order" })
    .getByRole("button")
    .first()
    .click()
    .catch(() => undefined);
  expect(await seriousAxeViolations(page)).toEqual([]);
  for (const path of ["/workspaces", "/w/demo", "/w/demo/members", "/w/demo/queue", "/w/demo/search?q=defector"]) {
    await page.goto(path);
    expect(await seriousAxeViolations(page), path).toEqual([]);
  }
});
