// Restoring a backup larger than the 10 MB Next.js's proxy would buffer, through the real server:
// an admin uploads it from the settings page of a new, empty workspace and follows the progress;
// the route itself streams one progress line per batch; the upload routes still carry the
// security headers although proxy.ts leaves them out.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";

test.use({ storageState: demoAccount("admin", 0).storageState });
test.describe.configure({ timeout: 180_000 });

const PADDING_ARTICLES = 4;
const PADDING_CHARS = 2_900_000;

/** The demo workspace's backup, plus articles of nearly 3 MB each: over 10 MB in all. */
async function largeBackup(request: APIRequestContext): Promise<Buffer> {
  const workspaces = (await (await request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const demo = workspaces.data.find((w) => w.slug === "demo")!;
  const response = await request.get(`/api/v1/workspaces/${demo.id}/exports?format=json`);
  expect(response.status()).toBe(200);
  const backup = JSON.parse(await response.text()) as { articles: unknown[]; members: { email: string }[] };
  const text = "Padding paragraph for a large restore. ".repeat(PADDING_CHARS / 39).slice(0, PADDING_CHARS);
  for (let i = 0; i < PADDING_ARTICLES; i++)
    backup.articles.push({
      id: `padding-article-${i}`,
      title: `A very long article ${i + 1}`,
      outlet: null,
      byline: null,
      authorEmail: null,
      publishedAt: null,
      publishedLabel: null,
      sourceUrl: null,
      language: "en",
      createdBy: backup.members[0]!.email,
      createdAt: "2026-01-01T00:00:00.000Z",
      currentRevisionId: `padding-revision-${i}`,
      revisions: [
        {
          id: `padding-revision-${i}`,
          number: 1,
          text,
          blocks: JSON.stringify([{ type: "paragraph", start: 0, end: text.length }]),
          contentHash: `padding-${i}`,
          origin: "paste",
          message: null,
          createdBy: backup.members[0]!.email,
          createdAt: "2026-01-01T00:00:00.000Z",
        },
      ],
      claims: [],
      assignments: [],
      dismissals: [],
    });
  const body = Buffer.from(JSON.stringify(backup));
  expect(body.byteLength).toBeGreaterThan(10 * 1024 * 1024);
  return body;
}

async function newWorkspace(page: Page, name: string): Promise<string> {
  await page.goto("/workspaces");
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2]!;
}

test("an admin restores a backup of more than 10 MB into a new workspace and follows its progress", async ({
  page,
}) => {
  const body = await largeBackup(page.request);
  const slug = await newWorkspace(page, `Restored desk ${Date.now()}`);
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Restore a backup" })).toBeVisible();
  await page
    .getByLabel("Margin backup (.json)")
    .setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: body });
  const restore = page.getByRole("button", { name: "Restore backup" });
  await restore.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("progressbar", { name: "Restore progress" })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Restored \d+ articles and \d+ claims/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/authors who are not members here are shown as placeholders/)).toBeVisible();
  await page.goto(`/w/${slug}`);
  await expect(page.getByRole("link", { name: "A very long article 1" })).toBeVisible();
  await expect(page.getByText(/restore is in progress/)).toHaveCount(0);
});

test("the restore route streams progress lines and keeps the security headers; a refused backup gets 422", async ({
  page,
}) => {
  const body = await largeBackup(page.request);
  await newWorkspace(page, `Streamed desk ${Date.now()}`);
  const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; name: string }[];
  };
  const target = workspaces.data.find((w) => w.name.startsWith("Streamed desk"))!;
  const url = `/api/v1/workspaces/${target.id}/restore`;
  const refused = await page.request.post(url, {
    data: { format: "margin-backup", version: 1 },
    headers: { "content-type": "application/json", accept: "application/x-ndjson", origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(422);
  expect(refused.headers()["content-security-policy"]).toContain("default-src 'self'");
  const response = await page.request.post(url, {
    data: body,
    headers: { "content-type": "application/json", accept: "application/x-ndjson", origin: new URL(page.url()).origin },
    timeout: 150_000,
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  const lines = (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { written?: number; total?: number; done?: boolean });
  expect(lines.filter((line) => typeof line.written === "number").length).toBeGreaterThan(2);
  expect(lines.at(-1)).toMatchObject({ done: true });
});

test("annotation imports take bodies over 10 MB (their limit is 20 MB)", async ({ page }) => {
  const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const demo = workspaces.data.find((w) => w.slug === "demo")!;
  const articles = (await (await page.request.get(`/api/v1/workspaces/${demo.id}/articles?limit=1`)).json()) as {
    data: { id: string }[];
  };
  const file = { export_date: "2016-12-10T00:00:00.000Z", annotations: [], padding: "x".repeat(11 * 1024 * 1024) };
  const response = await page.request.post(`/api/v1/workspaces/${demo.id}/articles/${articles.data[0]!.id}/imports`, {
    data: Buffer.from(JSON.stringify(file)),
    headers: { "content-type": "application/json" },
  });
  const answer = await response.text();
  // Cut at 10 MB, the body would not be JSON any more; over the limit it would be refused as too large.
  expect(answer).not.toMatch(/not valid JSON|larger than/);
  expect(response.status()).toBeLessThan(500);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
});
