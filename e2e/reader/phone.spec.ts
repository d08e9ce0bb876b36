// The reader on a phone: the claim opens in a bottom sheet over the text, which stays where it was.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { openDemoArticle, selectInArticle } from "../support/reader";

const reviewer = demoAccount("reviewer", 1);
test.use({ storageState: reviewer.storageState, viewport: { width: 390, height: 844 }, hasTouch: true });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test("on a phone a claim is marked and rated in a bottom sheet, without the page scrolling", async ({ page }) => {
  await openDemoArticle(page, /Underground pipeline/);
  // A sentence no other test marks (the browser tests share one demo database).
  const sentence =
    "That's because the 1950-53 Korea War ended in a truce instead of a peace treaty, leaving the two Koreas in a technical state of war.";
  const mark = page.locator("[data-cp]").filter({ hasText: "the 1950-53 Korea War" }).first();
  // Read down to the paragraph, as a thumb would.
  await mark.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200));
  await expect.poll(() => scrollY(page)).toBeGreaterThan(300);
  const before = await scrollY(page);

  // A long press selects the words; the pill marks them.
  await selectInArticle(page, sentence);
  await page.getByRole("button", { name: /Mark as claim/ }).tap();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(page.locator("blockquote").first()).toHaveText(sentence);

  const sheet = page.getByRole("complementary", { name: "Claims" });
  expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe("fixed");
  const box = (await sheet.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(box.y).toBeGreaterThan(844 * 0.3);
  expect(await scrollY(page)).toBe(before);

  // Rate and submit with taps, inside the sheet.
  await page.getByRole("radio", { name: "Mostly true", exact: true }).tap();
  await page.getByLabel("Confidence (%)").fill("80"); // no default: the reviewer chooses
  await page.getByRole("button", { name: "Submit verdict" }).tap();
  await expect(page.getByRole("article", { name: `Verdict by ${reviewer.name}` })).toContainText("Mostly true");
  expect(await scrollY(page)).toBe(before);

  // Close the sheet: the text is where it was.
  await page.getByRole("button", { name: "Close", exact: true }).tap();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeHidden();
  expect(await scrollY(page)).toBe(before);

  // Tapping the highlight opens the claim again, still in place; Escape closes it and focus returns to the text.
  await page.locator("mark[data-claims]").filter({ hasText: "Korea War ended in a truce" }).first().tap();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  expect(await scrollY(page)).toBe(before);
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeHidden();
  await expect(page.getByRole("region", { name: "Article text" })).toBeFocused();
  expect(await scrollY(page)).toBe(before);
});
