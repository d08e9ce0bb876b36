import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { markClaim, openDemoArticle } from "../support/reader";

const VOA = /Underground pipeline/;
const SENTENCE = "He vets prospects through his relatives and acquaintances.";

test("two reviewers work on a claim together and see each other's work live", async ({ browser }) => {
  const ravi = await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState });
  const rosa = await browser.newContext({ storageState: demoAccount("reviewer", 1).storageState });
  const a = await ravi.newPage();
  const b = await rosa.newPage();
  await openDemoArticle(a, VOA);
  await openDemoArticle(b, VOA);
  await expect(a.getByText(/Also reading:.*Rosa Reviewer/)).toBeVisible();
  await expect(b.getByText(/Also reading:.*Ravi Reviewer/)).toBeVisible();

  await markClaim(a, SENTENCE);
  await a.getByLabel("Add a note").fill("Relatives vet **every** prospect, per the defector.");
  await a.getByRole("button", { name: "Add note" }).click();
  await expect(a.getByRole("article", { name: "Note by Ravi Reviewer" }).getByText("every")).toBeVisible();
  await a.getByRole("button", { name: "Add source" }).click();
  await a.getByLabel("URL").fill("https://www.voanews.com/a/3529685.html");
  await a.getByLabel("Title").fill("VOA original report");
  await a.getByLabel("Publisher").fill("Voice of America");
  await a.getByLabel("Refutes").check();
  await a.getByRole("button", { name: "Add source" }).click();
  await expect(a.getByRole("article", { name: "Source: VOA original report" })).toContainText("Refutes");

  // Rosa's page, open all along, shows the new claim without a reload.
  const claimButton = b.getByRole("button", { name: new RegExp(SENTENCE.slice(0, 30)) });
  await expect(claimButton).toBeVisible({ timeout: 5000 });
  await expect(claimButton).toContainText("1 note");
  await expect(b.locator("mark").filter({ hasText: SENTENCE })).toHaveCount(1);
  await claimButton.click();
  await expect(b.getByText("Relatives vet")).toBeVisible();
  await expect(b.getByRole("article", { name: "Source: VOA original report" })).toBeVisible();
  await b.getByRole("button", { name: "Reply to Ravi Reviewer" }).click();
  await b.getByLabel("Reply to Ravi Reviewer").fill("Agreed, but the sponsor is unnamed.");
  await b.getByRole("button", { name: "Reply", exact: true }).click();

  // Ravi sees the reply arrive.
  await expect(a.getByRole("list", { name: "Replies" }).getByText("Agreed, but the sponsor is unnamed.")).toBeVisible({
    timeout: 5000,
  });

  // After reloading, both still see the highlight on the same words.
  for (const page of [a, b]) {
    await page.reload();
    await expect(page.locator("mark").filter({ hasText: SENTENCE })).toHaveText(SENTENCE);
  }
  await ravi.close();
  await rosa.close();
});
