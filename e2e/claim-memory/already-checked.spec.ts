// Claim memory: an editor settles a claim's final verdict; later another article words the same
// claim differently (other synonyms, figures written another way); once marked, its panel shows
// the first claim under "Already checked?" among the top three, with its verdict and the reasons,
// and the link to it works by keyboard.
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { importArticle, markClaim, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

// A figure of this run's own, so claims of earlier runs on the same database do not compete.
const n = 1000 + (Date.now() % 8999);
const FIRST = `Seoul has barred ${n.toLocaleString("en-US")} South Korean companies from doing business with Pyongyang since 2016`;
const SECOND = `South Korea prohibits ${String(n).replace(/(\d)(\d{3})$/, "$1 $2")} of its firms from trading with North Korea since 2016`;

test("a claim worded differently in a new article finds the claim already checked, with its verdict", async ({
  page,
}) => {
  test.slow();
  const firstTitle = `Inter-Korean trade ${n}`;
  await importArticle(
    page,
    firstTitle,
    `The unification ministry said on Monday that ${FIRST}.\n\nOfficials declined to comment further.`,
  );
  await markClaim(page, FIRST);
  const final = page.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Mostly true" });
  await final.getByLabel("Public summary (Markdown)").fill(`Ministry records list ${n} companies under the ban.`);
  await final.getByRole("button", { name: "Save final verdict" }).click();
  await expect(final.getByText("Not published", { exact: true })).toBeVisible();
  const firstClaimId = new URL(page.url()).searchParams.get("claim");
  expect(firstClaimId).toBeTruthy();

  await importArticle(
    page,
    `Sanctions report ${n}`,
    `${SECOND}, a report found.\n\nThe report was published on Friday.`,
  );
  await markClaim(page, SECOND);
  const section = page.getByRole("region", { name: "Already checked?" });
  const list = section.getByRole("list", { name: "Similar claims, most similar first" });
  await expect(list).toBeVisible();
  const top3 = list.locator(":scope > li").filter({ hasText: FIRST });
  await expect(top3).toHaveCount(1);
  const position = await list
    .locator(":scope > li")
    .evaluateAll((items, text) => items.findIndex((li) => li.textContent?.includes(text)), FIRST);
  expect(position).toBeGreaterThanOrEqual(0);
  expect(position).toBeLessThan(3);
  await expect(top3).toContainText("Mostly true");
  await expect(top3).toContainText(`Ministry records list ${n} companies under the ban.`);
  await expect(top3).toContainText("likely the same claim");
  const reasons = top3.getByRole("list", { name: "Why it is similar" });
  await expect(reasons).toContainText(`Same figures: ${n.toLocaleString("en-US")}, 2016`);
  await expect(reasons).toContainText("Same names:");
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The link opens the first claim, by keyboard.
  const link = top3.getByRole("link", { name: FIRST });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`claim=${firstClaimId}`));
  await expect(page.getByRole("heading", { name: firstTitle })).toBeVisible();
  await expect(page.locator("blockquote").filter({ hasText: FIRST })).toBeVisible();
});
