// From the claim to the reader: an editor records who made the claim and where, settles and
// publishes the final verdict; signed out, the public page shows it with valid ClaimReview JSON-LD
// and links its Atom feed, which lists it; unpublishing takes the page down (410).
import { expect, test } from "@playwright/test";
import { validateClaimReview } from "../../lib/testing/validate-claim-review";
import { demoAccount } from "../support/accounts";
import { markClaim, seriousAxeViolations } from "../support/reader";

test.use({ storageState: demoAccount("editor").storageState });

const CLAIM = "cut bus fares by half";
const TEXT = [
  "The mayor spoke at the depot on Monday.",
  `She said the city had ${CLAIM} since January, and ridership followed.`,
  "The transit authority publishes fares monthly.",
].join("\n\n");

test("a published fact-check has a public page, a feed entry, and goes when unpublished", async ({ page, browser }) => {
  // An import, a publication and a signed-out visit: more than the default minute on a busy machine.
  test.slow();
  const title = `Bus fares ${Date.now()}`;
  await page.goto("/w/demo/articles/new");
  await page.getByLabel("…or paste the text").fill(TEXT);
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  await markClaim(page, CLAIM);
  const claimId = new URL(page.url()).searchParams.get("claim")!;
  expect(claimId).toBeTruthy();

  // Who said it, when and where.
  await page.getByRole("button", { name: "Edit claimant and appearance" }).click();
  const details = page.getByRole("form", { name: "Claimant and appearance" });
  await details.getByLabel("Claimant", { exact: true }).fill("Mayor Ada Lind");
  await details.getByLabel("Claim date").fill("2026-11-30");
  await details.getByLabel("Where it appeared (link)").fill("https://video.example/depot-speech");
  await details.getByRole("button", { name: "Save claim details" }).click();
  await expect(page.getByText("Mayor Ada Lind")).toBeVisible();

  // Settle and publish.
  const final = page.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "False" });
  await final.getByLabel("Claim as reviewed (short, public)").fill("The city cut bus fares by half");
  await final.getByLabel("Public summary (Markdown)").fill("Fares fell by **10%**, not half. See the fare table.");
  await final.getByRole("button", { name: "Save final verdict" }).click();
  await final.getByRole("button", { name: "Publish" }).click();
  await expect(final.getByText("Published", { exact: true })).toBeVisible();
  const publicLink = final.getByRole("link", { name: "Public page" });
  await expect(publicLink).toBeVisible();

  // The API gives the same address.
  const api = async <T>(path: string) => ((await (await page.request.get(path)).json()) as { data: T }).data;
  const workspaceId = (await api<{ id: string; slug: string }[]>("/api/v1/workspaces")).find(
    (w) => w.slug === "demo",
  )!.id;
  const detail = await api<{ verdicts: { finalVerdict: { publicUrl: string | null; version: number } } }>(
    `/api/v1/workspaces/${workspaceId}/claims/${claimId}`,
  );
  const publicUrl = detail.verdicts.finalVerdict.publicUrl!;
  expect(publicUrl).toMatch(new RegExp(`/fact-checks/demo/${claimId}$`));
  expect(new URL((await publicLink.getAttribute("href"))!, page.url()).href).toBe(publicUrl);

  // Signed out: the page, its ClaimReview and its feed.
  const reader = await browser.newContext();
  const visitor = await reader.newPage();
  const response = await visitor.goto(publicUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toMatch(/^public, /);
  expect(response?.headers()["etag"]).toBeTruthy();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("The city cut bus fares by half");
  await expect(visitor.getByText("Mayor Ada Lind")).toBeVisible();
  await expect(visitor.locator(".rating")).toHaveText("False");
  await expect(visitor.locator(".summary strong")).toHaveText("10%");
  // Plain HTML: no script runs on it, only the JSON-LD data block.
  expect(await visitor.locator("script:not([type='application/ld+json'])").count()).toBe(0);
  const review = JSON.parse((await visitor.locator("script[type='application/ld+json']").textContent())!) as Record<
    string,
    unknown
  >;
  expect(validateClaimReview(review)).toEqual([]);
  expect(review).toMatchObject({
    url: publicUrl,
    claimReviewed: "The city cut bus fares by half",
    reviewRating: { alternateName: "False" },
    itemReviewed: {
      author: { "@type": "Person", name: "Mayor Ada Lind" },
      datePublished: "2026-11-30",
    },
  });
  expect(await seriousAxeViolations(visitor)).toEqual([]);
  const feedHref = await visitor.locator("link[rel='alternate'][type='application/atom+xml']").getAttribute("href");
  const feed = await reader.request.get(feedHref!);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`<id>${publicUrl}</id>`);
  const notModified = await reader.request.get(publicUrl, {
    headers: { "if-none-match": response!.headers()["etag"]! },
  });
  expect(notModified.status()).toBe(304);
  // The share image: a well-formed SVG (Chromium draws it) with the rating, the claim and the organisation.
  const cardUrl = (await visitor.locator("meta[property='og:image']").getAttribute("content"))!;
  expect(cardUrl).toBe(`${publicUrl}/card.svg`);
  const cardView = await reader.newPage();
  const card = await cardView.goto(cardUrl);
  expect(card?.status()).toBe(200);
  expect(card?.headers()["content-type"]).toBe("image/svg+xml");
  const cardText = await cardView.locator("svg text").allTextContents();
  expect(cardText.join(" ")).toContain("False");
  expect(cardText.join(" ")).toContain("The city cut bus fares by half");
  expect(await cardView.locator("svg").getAttribute("width")).toBe("1200");

  // Take-down.
  await final.getByRole("button", { name: "Unpublish" }).click();
  await expect(final.getByText("Not published", { exact: true })).toBeVisible();
  const gone = await reader.request.get(publicUrl);
  expect(gone.status()).toBe(410);
  expect((await reader.request.get(cardUrl)).status()).toBe(410);
  expect(await (await reader.request.get(feedHref!)).text()).not.toContain(publicUrl);
  await reader.close();
});
