import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { openCuttableLink } from "../support/cuttable-link";
import { markClaim, openDemoArticle } from "../support/reader";

const VOA = /Underground pipeline/;
const SENTENCE = "The markets also ease trade of contraband foreign media through USB sticks and DVDs.";

test("a reader whose connection drops reconnects and catches up with what it missed", async ({ browser, baseURL }) => {
  // Rosa reaches the app through a link the test can cut.
  const link = await openCuttableLink(Number(new URL(baseURL!).port));
  const ravi = await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState });
  const rosa = await browser.newContext({
    storageState: demoAccount("reviewer", 1).storageState,
    baseURL: link.origin,
  });
  const a = await ravi.newPage();
  const b = await rosa.newPage();
  await openDemoArticle(a, VOA);
  await openDemoArticle(b, VOA);

  // Rosa's network goes away: her live stream drops and the page says so.
  link.cut();
  await expect(b.getByText("Reconnecting…", { exact: true })).toBeVisible({ timeout: 10_000 });

  // Meanwhile Ravi marks a claim and writes a note on it.
  await markClaim(a, SENTENCE);
  await a.getByLabel("Add a note").fill("Written while Rosa was offline.");
  await a.getByRole("button", { name: "Add note" }).click();
  await expect(a.getByRole("article", { name: "Note by Ravi Reviewer" })).toBeVisible();
  await expect(b.locator("mark").filter({ hasText: SENTENCE })).toHaveCount(0);

  // Back online, without a reload: the stream reconnects and the missed work appears.
  link.restore();
  await expect(b.getByText("Live", { exact: true })).toBeVisible({ timeout: 15_000 });
  const claimButton = b.getByRole("button", { name: new RegExp(SENTENCE.slice(0, 30)) });
  await expect(claimButton).toContainText("1 note", { timeout: 5000 });
  await expect(b.locator("mark").filter({ hasText: SENTENCE })).toHaveText(SENTENCE);
  await ravi.close();
  await rosa.close();
  await link.close();
});
