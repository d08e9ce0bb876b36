// Published means frozen: an editor publishes a final verdict, then corrects the claim's words in
// the article editor. The revision report says the verdict was unpublished, the claim shows
// "Needs re-review" in its panel and in the list, ClaimReview leaves it out, and publishing again
// (or Mark reviewed) clears it.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { markClaim, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

const CLAIM = "voted 8-1";
const TEXT = [
  "The zoning bill passed the council committee on Tuesday.",
  `Members ${CLAIM} in favour after a short debate, the clerk said.`,
  "The full council takes it up next month.",
].join("\n\n");

async function claimReviewUrls(page: Page): Promise<string[]> {
  await page.getByText("Export and import", { exact: true }).click();
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: "ClaimReview JSON-LD", exact: true }).click();
  const file = await waiting;
  const reviews = JSON.parse(readFileSync((await file.path())!, "utf8")) as { url: string }[];
  return reviews.map((review) => review.url);
}

test("editing a published claim's words unpublishes its verdict and asks for re-review", async ({ page }) => {
  // An import, an edit and three downloads: more than the default minute on a busy machine.
  test.slow();
  const title = `Council vote ${Date.now()}`;
  await page.goto("/w/demo/articles/new");
  await page.getByLabel("…or paste the text").fill(TEXT);
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  const articleUrl = page.url().split("?")[0]!;

  // Mark, settle and publish.
  await markClaim(page, CLAIM);
  const final = page.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "True" });
  await final.getByLabel("Public summary (Markdown)").fill("The roll call shows eight votes for, one against.");
  await final.getByRole("button", { name: "Save final verdict" }).click();
  await final.getByRole("button", { name: "Publish" }).click();
  await expect(final.getByText("Published", { exact: true })).toBeVisible();
  const claimUrl = page.url();
  const claimId = new URL(claimUrl).searchParams.get("claim");
  expect(claimId).toBeTruthy();
  expect((await claimReviewUrls(page)).some((url) => url.endsWith(`/${claimId}`))).toBe(true);

  // Correct the words in the article editor.
  await page.getByRole("link", { name: "Edit text or details" }).click();
  const editor = page.getByLabel("Text of the new revision");
  await editor.fill((await editor.inputValue()).replace("8-1", "6-3"));
  await page.getByLabel("What changed (optional)").fill("Correction: the vote was 6-3");
  await page.getByRole("button", { name: "Save as new revision" }).click();
  await expect(page.getByRole("heading", { name: "Saved revision 2" })).toBeVisible();
  await expect(page.getByText(/1 published final verdict was unpublished/)).toBeVisible();
  const unpublished = page.getByRole("list", { name: "Unpublished final verdicts" });
  await expect(unpublished.locator("del")).toHaveText(CLAIM);
  await expect(unpublished.locator("ins")).toHaveText("voted 6-3");
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The claim says why, in its panel and in the list.
  await unpublished.getByRole("link", { name: "Unpublished" }).click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  const banner = page.getByRole("note").filter({ hasText: "Needs re-review:" });
  await expect(banner).toContainText(
    "Its words changed in revision 2 after the final verdict was published; the verdict was unpublished.",
  );
  await expect(final.getByText("Not published", { exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "← All claims" }).click();
  await expect(page.getByRole("list", { name: "Claims in reading order" }).getByText("Needs re-review")).toBeVisible();

  // The API and ClaimReview agree.
  const api = async <T>(path: string) => ((await (await page.request.get(path)).json()) as { data: T }).data;
  const workspaces = await api<{ id: string; slug: string }[]>("/api/v1/workspaces");
  const workspaceId = workspaces.find((w) => w.slug === "demo")!.id;
  const detail = await api<{
    claim: { needsReviewReason: string | null; exact: string };
    verdicts: { finalVerdict: { published: boolean; publishedExact: string | null } };
  }>(`/api/v1/workspaces/${workspaceId}/claims/${claimId}`);
  expect(detail.claim).toMatchObject({ exact: "voted 6-3", needsReviewReason: expect.stringMatching(/^Its words/) });
  expect(detail.verdicts.finalVerdict).toMatchObject({ published: false, publishedExact: CLAIM });
  await page.goto(articleUrl);
  expect((await claimReviewUrls(page)).some((url) => url.endsWith(`/${claimId}`))).toBe(false);

  // Publishing again, with the keyboard, rates the new words and clears the flag.
  await page.goto(claimUrl);
  await expect(page.getByRole("note").filter({ hasText: "Needs re-review:" })).toBeVisible();
  await final.getByRole("button", { name: "Publish" }).focus();
  await page.keyboard.press("Enter");
  await expect(final.getByText("Published", { exact: true })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Needs re-review:" })).toHaveCount(0);
  expect((await claimReviewUrls(page)).some((url) => url.endsWith(`/${claimId}`))).toBe(true);
});
