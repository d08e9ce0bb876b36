import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { markClaim, openDemoArticle } from "../support/reader";

test.use({ storageState: demoAccount("reviewer", 0).storageState });

const PAYLOADS = [
  "<script>window.__xss = 'script'</script>",
  "<img src=x onerror=\"window.__xss = 'img'\">",
  "<svg onload=\"window.__xss = 'svg'\"><script>window.__xss = 'svg-script'</script></svg>",
  "[click me](javascript:window.__xss='link')",
  "<a href=\"javascript:window.__xss='a'\">a link</a>",
];

test("script payloads in notes, tags and sources are stored as typed and never run", async ({ page }) => {
  await openDemoArticle(page, /Underground pipeline/);
  await markClaim(
    page,
    "In 2014, a deep-pocketed sponsor the defector declined to identify began supporting his effort.",
  );
  for (const payload of PAYLOADS) {
    await page.getByLabel("Add a note").fill(payload);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("button", { name: "Add note" })).toBeDisabled();
  }
  await page.getByPlaceholder("Add a tag").fill("<script>window.__xss='tag'</script>");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("#<script>window.__xss='tag'</script>");

  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByLabel("URL").fill("javascript:window.__xss='source'");
  await page.getByLabel("Title").fill("<img src=x onerror=\"window.__xss='title'\">");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText(/http:\/\/ or https:\/\//)).toBeVisible();
  await page.getByLabel("URL").fill("https://example.org/report");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("article", { name: /Source: <img/ })).toBeVisible();

  // Shown as typed (the script text is visible), after a reload too, and nothing ran.
  await page.reload();
  await expect(page.getByText("<script>window.__xss = 'script'</script>")).toBeVisible();
  await expect(page.getByText("<img src=x onerror=\"window.__xss = 'img'\">")).toBeVisible();
  const link = page.getByText("click me");
  await expect(link).toBeVisible();
  expect(await link.evaluate((el) => el.closest("a")?.getAttribute("href") ?? null)).toBeNull();
  await link.click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  // No element was created from the payloads: no handlers, no script or svg in the claim panel.
  const panel = page.getByRole("complementary", { name: "Claims" });
  expect(await panel.locator("script, svg, img, [onerror], [onload], [onclick]").count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
});
