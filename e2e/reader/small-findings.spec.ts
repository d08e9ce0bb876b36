// Small things a person notices: Disagreements is in the navigation, an invite link has a copy
// button, Compare shows a corrected figure as words.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";

test.use({ storageState: demoAccount("admin").storageState });

async function demoWorkspaceId(page: Page): Promise<string> {
  const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  return workspaces.data.find((w) => w.slug === "demo")!.id;
}

test("Disagreements is in the workspace navigation", async ({ page }) => {
  await page.goto("/w/demo");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Disagreements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Disagreements/ })).toBeVisible();
});

test("an invite link is copied with one button", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/w/demo/members");
  await page.getByLabel("E-mail").fill(`copy-${Date.now()}@margin.test`);
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel("Invite link").inputValue();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test("Compare shows a corrected figure word for word", async ({ page }) => {
  const workspaceId = await demoWorkspaceId(page);
  await page.goto("/w/demo");
  // As the browser would send it: the API refuses cookie-authenticated writes from other origins.
  const headers = { origin: new URL(page.url()).origin };
  const api = `/api/v1/workspaces/${workspaceId}`;
  const created = await page.request.post(`${api}/articles`, {
    data: { content: "Vote count\n\nThe motion passed 78-21 on Tuesday.", mediaType: "text/plain" },
    headers,
  });
  expect(created.status()).toBe(201);
  const article = ((await created.json()) as { data: { id: string } }).data;
  const revisions = (await (await page.request.get(`${api}/articles/${article.id}/revisions`)).json()) as {
    data: { id: string }[];
  };
  const revised = await page.request.post(`${api}/articles/${article.id}/revisions`, {
    data: { text: "Vote count\n\nThe motion passed 21-78 on Tuesday.", baseRevisionId: revisions.data[0]!.id },
    headers,
  });
  expect(revised.status()).toBe(200);
  await page.goto(`/w/demo/articles/${article.id}/compare?from=1&to=2`);
  await expect(page.locator("del").filter({ hasText: "78-21" })).toHaveText("78-21");
  await expect(page.locator("ins").filter({ hasText: "21-78" })).toHaveText("21-78");
  // The words around the figure are unchanged, not struck out and written again.
  await expect(page.locator("del, ins").filter({ hasText: /motion|Tuesday/ })).toHaveCount(0);
});
