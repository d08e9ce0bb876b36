import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { selectInArticle } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

test("import a seed file, accept two suggestions, delete one claimed sentence, re-attach it", async ({ page }) => {
  await page.goto("/w/demo/articles/new");
  await page
    .getByLabel("Article file")
    .setInputFiles(join(process.cwd(), "prisma/seed/articles/000_743fd5c741a335b6.txt"));
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByLabel("Title").fill(`Startups in Pyongyang ${Date.now()}`);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();

  // Suggestions: accept the first two with the keyboard (A).
  await page.getByRole("button", { name: "Suggestions" }).click();
  const list = page.getByRole("list", { name: "Claim suggestions" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  const first = (await list.getByRole("listitem").nth(0).locator("p").first().textContent())!;
  const second = (await list.getByRole("listitem").nth(1).locator("p").first().textContent())!;
  await list.getByRole("listitem").first().focus();
  await page.keyboard.press("a");
  await expect(list.getByText(first, { exact: true })).toHaveCount(0);
  await expect(list.getByRole("listitem").first()).toBeFocused();
  await page.keyboard.press("a");
  await expect(list.getByText(second, { exact: true })).toHaveCount(0);
  await expect(
    page
      .locator("mark")
      .filter({ hasText: first.slice(0, 40) })
      .first(),
  ).toBeVisible();
  await expect(
    page
      .locator("mark")
      .filter({ hasText: second.slice(0, 40) })
      .first(),
  ).toBeVisible();

  // Edit: delete the paragraph holding the first accepted claim.
  const articleUrl = page.url().split("?")[0]!;
  await page.getByRole("link", { name: "Edit text or details" }).click();
  const editor = page.getByLabel("Text of the new revision");
  const text = await editor.inputValue();
  const paragraph = text.split("\n\n").find((p) => p.includes(first.slice(0, 40)))!;
  await editor.fill(text.replace(`${paragraph}\n\n`, "").replace(`\n\n${paragraph}`, ""));
  await page.getByLabel("What changed (optional)").fill("Removed a paragraph");
  await page.getByRole("button", { name: "Save as new revision" }).click();
  await expect(page.getByRole("heading", { name: "Saved revision 2" })).toBeVisible();
  await expect(page.getByText(/1 orphaned/)).toBeVisible();

  // Needs re-anchoring: the orphan is listed with its old text; re-attach it to a selection.
  await page.goto(articleUrl);
  await page.getByRole("button", { name: /Needs re-anchoring \(1\)/ }).click();
  const orphans = page.getByRole("list", { name: "Claims that need re-anchoring" });
  await expect(orphans.getByText(first.slice(0, 40), { exact: false })).toBeVisible();
  const target =
    "Pyongyang officials have apparently been seeking to nourish an unlikely entrepreneurial domain: startups.";
  await selectInArticle(page, target);
  await orphans.getByRole("button", { name: "Re-attach to the selected text" }).click();
  await expect(page.getByRole("button", { name: /Needs re-anchoring \(0\)/ })).toBeVisible();
  await expect(page.locator("mark").filter({ hasText: target })).toHaveCount(1);

  // The revision history shows both revisions and a readable comparison.
  await page.getByRole("link", { name: "Revision 2" }).click();
  await page.getByRole("link", { name: "Compare with 1" }).click();
  await expect(page.locator("del").filter({ hasText: first.slice(0, 30) })).toBeVisible();
});
