// The library of known fact-checks: an editor pastes another publisher's ClaimReview on the Library
// page; a claim of a new article that words the same claim differently lists it under "Already
// checked?", marked as an external fact-check with its publisher, rating and link.
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { importArticle, markClaim, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

// A figure of this run's own, so reviews and claims of earlier runs do not compete.
const n = 1000 + (Date.now() % 8999);
const REVIEWED = `Seoul deported ${n} North Korean defectors back to Pyongyang in 2019`;
const CLAIM = `South Korea sent ${n.toLocaleString("en-US")} North Korean defectors back to North Korea in 2019`;
const REVIEW_URL = `https://checkers.example/defectors-${n}`;

test("a ClaimReview imported into the library is listed beside a claim it matches, as external", async ({ page }) => {
  test.slow();
  await page.goto("/w/demo/library");
  const review = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: REVIEW_URL,
    claimReviewed: REVIEWED,
    datePublished: "2024-02-01",
    author: { "@type": "Organization", name: "Checkers Weekly" },
    reviewRating: { "@type": "Rating", alternateName: "False" },
  };
  await page.getByLabel("…or paste JSON-LD").fill(JSON.stringify([review]));
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 1 new, 0 updated.");
  const library = page.getByRole("list", { name: "Known fact-checks" });
  await expect(library.getByRole("link", { name: REVIEWED })).toHaveAttribute("href", REVIEW_URL);
  await expect(library).toContainText("Rated: False · Checkers Weekly");
  expect(await seriousAxeViolations(page)).toEqual([]);

  await importArticle(page, `Defectors ${n}`, `${CLAIM}, a rights group said.\n\nThe ministry did not comment.`);
  await markClaim(page, CLAIM);
  const section = page.getByRole("region", { name: "Already checked?" });
  const external = section.getByRole("listitem").filter({ hasText: "External fact-check by Checkers Weekly" });
  await expect(external).toBeVisible();
  await expect(external.getByRole("link", { name: REVIEWED })).toHaveAttribute("href", REVIEW_URL);
  await expect(external).toContainText("Rated: False");
  await expect(external.getByRole("button", { name: /Same claim/ })).toHaveCount(0);
});
