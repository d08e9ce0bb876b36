// The state of an article at a glance: highlights coloured and patterned by status, a legend, a
// filter that dims the other highlights, and the claim panel with the evidence before the verdict.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { markClaim, openDemoArticle, selectInArticle } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

const FIRST = "some North Korean defectors see investment in its rudimentary market economy";
const SECOND = "less reliant on the Soviet-style economy";

const mark = (page: Page, exact: string) => page.locator("mark[data-claims]").filter({ hasText: exact }).first();

test("highlights show status and verdict, the legend explains them, filters dim the others", async ({ page }) => {
  await openDemoArticle(page, /Underground pipeline/);
  await markClaim(page, FIRST);
  const firstId = new URL(page.url()).searchParams.get("claim")!;
  // Evidence first: notes and sources come before the verdicts in the panel.
  const order = await page
    .locator("section[aria-labelledby]")
    .evaluateAll((sections) => sections.map((s) => s.querySelector("h3")?.textContent ?? ""));
  const at = (name: RegExp) => order.findIndex((heading) => name.test(heading));
  expect(at(/^Notes/)).toBeGreaterThanOrEqual(0);
  expect(at(/^Notes/)).toBeLessThan(at(/^Verdicts/));
  expect(at(/^Sources/)).toBeLessThan(at(/^Verdicts/));
  // No confidence is assumed: submitting without one is refused with a reason.
  const verdicts = page.getByRole("region", { name: "Verdicts" });
  await expect(verdicts.getByLabel("Confidence (%)")).toHaveValue("");
  await verdicts.getByLabel("Mixed", { exact: true }).check();
  await verdicts.getByRole("button", { name: "Submit verdict" }).click();
  await expect(verdicts.getByText("Choose your confidence, from 0 to 100%.")).toBeVisible();
  await verdicts.getByLabel("Confidence (%)").fill("60");
  await verdicts.getByRole("button", { name: "Submit verdict" }).click();
  await expect(verdicts.getByRole("article", { name: /Verdict by/ })).toContainText("Mixed");

  // The editor settles it: the claim turns final, drawn in the verdict's colour with a solid line.
  const final = page.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Mixed" });
  await final.getByLabel("Public summary (Markdown)").fill("Partly right.");
  await final.getByRole("button", { name: "Save final verdict" }).click();
  await expect(final.getByText("Mixed", { exact: true })).toBeVisible();
  await expect(mark(page, FIRST)).toHaveAttribute("data-status", "final");
  await expect(mark(page, FIRST)).toHaveCSS("text-decoration-style", "solid");

  await page.getByRole("button", { name: "← All claims" }).click();
  // The "Mark as claim" pill sits above the selection: the line after it stays readable.
  await selectInArticle(page, SECOND);
  const pill = await page.getByRole("button", { name: /Mark as claim/ }).boundingBox();
  const selected = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON());
  expect(pill!.y + pill!.height).toBeLessThanOrEqual((selected as DOMRect).top + 1);
  await markClaim(page, SECOND);
  await page.getByRole("button", { name: "← All claims" }).click();
  await expect(mark(page, SECOND)).toHaveAttribute("data-status", "unreviewed");
  await expect(mark(page, SECOND)).toHaveCSS("text-decoration-style", "dotted");
  // Different statuses look different without colour, and with it.
  const background = (exact: string) => mark(page, exact).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(FIRST)).not.toBe(await background(SECOND));

  const legend = page.getByRole("list", { name: "Claim statuses in the text" });
  for (const status of ["Unreviewed", "In review", "Verdict proposed", "Final"]) {
    await expect(legend.getByText(status, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("list", { name: "Final verdicts in the text" }).getByText("Mixed")).toBeVisible();

  // Filter by final verdict: the matching claim keeps its colour, the other is dimmed in the text.
  await page.getByRole("combobox", { name: "Final verdict" }).selectOption({ label: "Mixed" });
  await expect(page.getByText(/of \d+ claims match/)).toBeVisible();
  await expect(mark(page, SECOND)).toHaveClass(/claim-dimmed/);
  await expect(mark(page, FIRST)).not.toHaveClass(/claim-dimmed/);
  await expect(
    page.getByRole("list", { name: "Claims in reading order" }).locator(`[data-claim-id="${firstId}"]`),
  ).toBeVisible();
  // And by status: unreviewed claims only.
  await page.getByRole("combobox", { name: "Final verdict" }).selectOption({ label: "Any" });
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Unreviewed" });
  await expect(mark(page, FIRST)).toHaveClass(/claim-dimmed/);
  await expect(mark(page, SECOND)).not.toHaveClass(/claim-dimmed/);
});

test("notes: the composer is back to Write after posting, newest first is remembered, threads collapse and resolve", async ({
  page,
}) => {
  await openDemoArticle(page, /Underground pipeline/);
  await markClaim(page, "hair dye, vitamins and lingerie");
  const notes = page.getByRole("region", { name: /^Notes/ });
  const composer = notes.getByLabel("Add a note");
  await composer.fill("First **note**.");
  await notes.getByRole("button", { name: "Preview" }).click();
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByRole("article", { name: /Note by/ })).toHaveCount(1);
  // Back to writing, not a preview of nothing.
  await expect(notes.getByLabel("Add a note")).toBeVisible();
  await expect(notes.getByText("Nothing to preview.")).toHaveCount(0);
  await notes.getByLabel("Add a note").fill("Second note.");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByRole("article", { name: /Note by/ })).toHaveCount(2);

  const threads = notes.getByRole("list", { name: "Note threads" });
  await expect(threads.getByRole("article").first()).toContainText("First note.");
  await notes.getByLabel("Order").selectOption({ label: "Newest first" });
  await expect(threads.getByRole("article").first()).toContainText("Second note.");

  // A reply, then the thread folds away and opens again.
  await threads
    .getByRole("button", { name: /^Reply/ })
    .last()
    .click();
  await notes.getByLabel(/^Reply to/).fill("A reply.");
  await notes.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(notes.getByText("A reply.")).toBeVisible();
  await notes.getByRole("button", { name: "Hide 1 reply" }).click();
  await expect(notes.getByText("A reply.")).toHaveCount(0);
  await notes.getByRole("button", { name: "Show 1 reply" }).click();
  await expect(notes.getByText("A reply.")).toBeVisible();

  // The order chosen is kept after a reload.
  await page.reload();
  await expect(
    page
      .getByRole("region", { name: /^Notes/ })
      .getByRole("list", { name: "Note threads" })
      .getByRole("article")
      .first(),
  ).toContainText("Second note.");

  // The thread with the reply is resolved: folded to "Resolved by …", shown on demand, reopened.
  const region = page.getByRole("region", { name: /^Notes/ });
  const threadId = await region
    .locator("[data-note-thread]")
    .filter({ hasText: "First note." })
    .getAttribute("data-note-thread");
  const thread = region.locator(`[data-note-thread="${threadId}"]`);
  await thread.getByRole("button", { name: /^Resolve thread/ }).click();
  await expect(thread.getByText(/Resolved by Elena Editor/)).toBeVisible();
  await expect(thread.getByText("First note.")).toHaveCount(0);
  await expect(region.getByText("Second note.")).toBeVisible();
  await thread.getByRole("button", { name: /^Show thread/ }).click();
  await expect(thread.getByText("First note.")).toBeVisible();
  await expect(thread.getByText("A reply.")).toBeVisible();
  await page.reload();
  const reloaded = page.getByRole("region", { name: /^Notes/ }).locator(`[data-note-thread="${threadId}"]`);
  await expect(reloaded.getByText(/Resolved by Elena Editor/)).toBeVisible();
  await reloaded.getByRole("button", { name: /^Reopen thread/ }).click();
  await expect(reloaded.getByText(/Resolved by/)).toHaveCount(0);
  await expect(reloaded.getByText("First note.")).toBeVisible();
});
