// Claim families: a new article's sentence that repeats a settled claim is suggested as "Already
// checked"; once it is marked, a reviewer confirms "Same claim" on the claim already
// checked; the family's verdict and sources are one click away; an editor starts the new claim's
// final verdict from the family's, which says where it came from; then "Not the same claim" undoes
// the link, and the claim is back among the similar ones.
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { importArticle, markClaim, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

// A figure of this run's own, so claims of earlier runs on the same database do not compete.
const n = 1000 + (Date.now() % 8999);
const FIRST = `Pyongyang fired ${n} artillery shells towards the South in 2023`;
const SECOND = `North Korea launched ${n.toLocaleString("en-US")} artillery rounds at South Korea in 2023`;

test("a reviewer confirms the same claim, an editor starts its final verdict from the family's, and it can be undone", async ({
  page,
}) => {
  test.slow();
  const firstTitle = `Border shelling ${n}`;
  await importArticle(page, firstTitle, `The defence ministry said ${FIRST}.\n\nNo casualties were reported.`);
  await markClaim(page, FIRST);
  const final = page.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Mostly true" });
  await final.getByLabel("Public summary (Markdown)").fill(`Military records count ${n} shells.`);
  await final.getByRole("button", { name: "Save final verdict" }).click();
  await expect(final.getByText("Not published", { exact: true })).toBeVisible();

  await importArticle(page, `Shelling report ${n}`, `${SECOND}, a report found.\n\nThe report came out on Friday.`);
  // Before it is marked, its suggestion says it was already checked.
  await page.getByRole("button", { name: "Suggestions" }).click();
  const suggestion = page
    .getByRole("list", { name: "Claim suggestions" })
    .getByRole("listitem")
    .filter({ hasText: SECOND });
  await expect(suggestion.getByText("Already checked", { exact: true })).toBeVisible();
  await expect(suggestion.getByRole("link", { name: `Mostly true: “${FIRST}” in ${firstTitle}` })).toBeVisible();
  await page.getByRole("button", { name: "Claims", exact: true }).click();
  await markClaim(page, SECOND);
  const section = page.getByRole("region", { name: "Already checked?" });
  const same = section.getByRole("button", { name: `Same claim as: ${FIRST}` });
  await expect(same).toBeVisible();
  await same.focus();
  await page.keyboard.press("Enter");

  const family = section.getByRole("list", { name: "Confirmed the same claim" });
  const member = family.getByRole("listitem").filter({ hasText: FIRST });
  await expect(member).toContainText(firstTitle);
  await expect(member).toContainText("Mostly true");
  await expect(member).toContainText(`Military records count ${n} shells.`);
  await expect(section.getByRole("button", { name: `Same claim as: ${FIRST}` })).toHaveCount(0);
  // Its verdicts and sources, one click (or key) away.
  const work = member.getByText(/^Verdicts and sources/);
  await work.focus();
  await page.keyboard.press("Enter");
  await expect(member.getByText("No verdicts or sources on it yet.")).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await member.getByRole("button", { name: "Start the final verdict from this one" }).click();
  await expect(final.getByText(`Started from the final verdict of “${FIRST}” in ${firstTitle}`)).toBeVisible();
  await expect(final.getByText("Mostly true", { exact: true })).toBeVisible();
  await expect(final.getByText(`Military records count ${n} shells.`)).toBeVisible();
  await expect(final.getByText("Not published", { exact: true })).toBeVisible();
  await expect(member.getByRole("button", { name: "Start the final verdict from this one" })).toHaveCount(0);

  // Undo: the claim leaves the family, and the first claim is a similar one again.
  await section.getByRole("button", { name: "Not the same claim: take this claim out of the family" }).click();
  await expect(family).toHaveCount(0);
  await expect(section.getByRole("button", { name: `Same claim as: ${FIRST}` })).toBeVisible();
  // The claim's history says both.
  const history = page.getByRole("region", { name: "History" });
  await history.getByRole("button", { name: "Show" }).click();
  const timeline = history.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("confirmed it is the same claim as another");
  await expect(timeline).toContainText(`Same claim as: ${FIRST}`);
  await expect(timeline).toContainText("took the claim out of its family");
  await expect(timeline).toContainText("started the final verdict from the family's");
});
