// What a fact-checker does with exports: download a reviewed article as W3C Web Annotations and as
// CSV from the article page (one with the keyboard), and open the print-friendly report. The files
// are read back: the W3C document passes the Web Annotation model's MUST checks, the CSV parses.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { annotationsOfCollection, validateAnnotationCollection } from "../../lib/testing/validate-w3c";
import { demoAccount } from "../support/accounts";
import { markClaim, openDemoArticle } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

const QUOTE = "he shipped more than 3,000 Chinese LED desk lamps";

async function download(page: Page, button: string, how: "click" | "keyboard") {
  const waiting = page.waitForEvent("download");
  const control = page.getByRole("button", { name: button, exact: true });
  if (how === "keyboard") {
    await control.focus();
    await page.keyboard.press("Enter");
  } else await control.click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

test("an article's claims leave as W3C annotations and CSV, and print as a report", async ({ page }) => {
  const note = `Customs figures checked for the export test ${Date.now()}.`;
  await openDemoArticle(page, /Underground pipeline/);
  await markClaim(page, QUOTE);
  await page.getByLabel("Add a note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("article", { name: /Note by/ }).getByText(note)).toBeVisible();

  await page.getByText("Export and import", { exact: true }).click();
  const w3c = await download(page, "W3C Web Annotations", "keyboard");
  expect(w3c.name).toMatch(/^margin-demo-w3c-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const collection = JSON.parse(w3c.text) as Record<string, unknown>;
  expect(validateAnnotationCollection(collection)).toEqual([]);
  const annotation = annotationsOfCollection(collection).find((a) => JSON.stringify(a.target).includes(QUOTE));
  expect(annotation, "the marked claim is an annotation").toBeTruthy();
  const bodies = annotation!.body as { purpose: string; value?: string }[];
  expect(bodies).toContainEqual(expect.objectContaining({ purpose: "commenting", value: note }));

  const csv = await download(page, "CSV: claims", "click");
  const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
  const row = rows.find((r) => r.quote === QUOTE);
  expect(row?.note_count).toBe("1");
  expect(row?.article_title).toMatch(/Underground pipeline/);

  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { name: /Fact-check report/ })).toBeVisible();
  await expect(page.getByText(QUOTE)).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.getByRole("button", { name: /Print/ })).toBeVisible();
});
