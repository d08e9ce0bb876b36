import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { markClaim, openDemoArticle } from "../support/reader";

const CLAIM =
  "Surveys of defectors by Seoul National University found that the biggest challenge for North Koreans doing business was funding";

async function openClaim(page: Page) {
  await openDemoArticle(page, /Underground pipeline/);
  await page.getByRole("button", { name: new RegExp(CLAIM.slice(0, 30)) }).click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
}

async function submitVerdict(page: Page, rating: string, rationale: string) {
  const verdicts = page.getByRole("region", { name: "Verdicts" });
  await verdicts.getByLabel(rating, { exact: true }).check();
  await verdicts.getByLabel("Confidence (%)").fill("80");
  await verdicts.getByLabel("Rationale (Markdown)").fill(rationale);
  await verdicts.getByRole("button", { name: "Submit verdict" }).click();
  await expect(verdicts.getByRole("article", { name: /Verdict by/ }).first()).toBeVisible();
}

test("blind double review: two reviewers disagree unseen, the editor settles and publishes, the timeline shows it all", async ({
  browser,
}) => {
  const ravi = await (await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState })).newPage();
  const rosa = await (await browser.newContext({ storageState: demoAccount("reviewer", 1).storageState })).newPage();
  const elena = await (await browser.newContext({ storageState: demoAccount("editor").storageState })).newPage();

  await openDemoArticle(ravi, /Underground pipeline/);
  await markClaim(ravi, CLAIM);
  await submitVerdict(ravi, "Mostly true", "Survey cited by **SNU** supports it.");

  // Rosa cannot see Ravi's rating before submitting hers.
  await openClaim(rosa);
  const rosaVerdicts = rosa.getByRole("region", { name: "Verdicts" });
  await expect(rosaVerdicts.getByText(/Blind review: 1 other verdict submitted/)).toBeVisible();
  await expect(rosa.getByText("Survey cited by")).toHaveCount(0);
  await submitVerdict(rosa, "Unverifiable", "Could not find the survey.");
  await expect(rosaVerdicts.getByRole("list", { name: "Other reviewers' verdicts" })).toContainText("Mostly true");

  // The editor sees both, the disagreement, and settles it.
  await elena.goto("/w/demo/disagreements");
  await expect(elena.getByText(CLAIM.slice(0, 40), { exact: false })).toBeVisible();
  await elena.getByRole("link", { name: new RegExp(CLAIM.slice(0, 30)) }).click();
  await expect(elena.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  const final = elena.getByRole("region", { name: "Final verdict" });
  await expect(final.getByText(/Reviewers disagree/)).toBeVisible();
  await final.getByLabel("Final rating").selectOption({ label: "Mostly true" });
  await final.getByLabel("Public summary (Markdown)").fill("The SNU survey found funding was the biggest challenge.");
  await final.getByRole("button", { name: "Save final verdict" }).click();
  await final.getByRole("button", { name: "Publish" }).click();
  await expect(final.getByText("Published", { exact: true })).toBeVisible();
  await expect(final.getByRole("button", { name: "Change" })).toHaveCount(0);

  // Reviewers' verdicts are locked while published.
  await rosa.reload();
  await expect(
    rosa.getByRole("region", { name: "Verdicts" }).getByRole("button", { name: "Change my verdict" }),
  ).toHaveCount(0);

  // The timeline holds every step.
  const history = elena.getByRole("region", { name: "History" });
  await history.getByRole("button", { name: "Show" }).click();
  const timeline = history.getByRole("list", { name: "Timeline" });
  for (const step of [
    "marked the claim",
    "submitted a verdict",
    "set the final verdict",
    "published the final verdict",
    "moved the status",
  ]) {
    await expect(timeline.getByText(step).first()).toBeVisible();
  }
  await expect(timeline.getByText("submitted a verdict")).toHaveCount(2);
});
