// Text over the server actions' body limit (3 MB, next.config.js) would be refused by Next.js
// before Margin sees it, with an error instead of a message: the forms check the size first.
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";

test.use({ storageState: demoAccount("editor").storageState });

test("pasting an article over the limit gets a message that says the size and the limit", async ({ page }) => {
  await page.goto("/w/demo/articles/new");
  const paste = page.getByLabel("…or paste the text");
  await paste.fill(`A very long article\n\n${"The council met again. ".repeat(160_000)}`);
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.getByText(/This text is 3\.5 MB; Margin imports articles up to 2 MB\./)).toBeVisible();
  // The page is still the form (no error page), and a normal paste then works.
  await paste.fill("A short article\n\nThe council spent €4.5 million on the bridge in 2023.");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.getByRole("button", { name: "Import article" })).toBeVisible();
});

test("an annotation file too large for the reader's form points to the API instead", async ({ page }) => {
  await page.goto("/w/demo");
  await page
    .getByRole("link", { name: /Underground pipeline/ })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  await page.getByText("Export and import", { exact: true }).click();
  const json = JSON.stringify({ type: "AnnotationCollection", items: [], padding: "x".repeat(4 * 1024 * 1024) });
  await page
    .getByLabel(/Import annotations/)
    .setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(
    page.getByText(
      /This file is 4\.0 MB; import files up to 2 MB here, or send larger ones \(up to 20 MB\) to the API/,
    ),
  ).toBeVisible();
});
