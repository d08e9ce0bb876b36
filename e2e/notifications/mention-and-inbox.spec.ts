// Reviewer A mentions B by typing "@Ro" in a note and choosing B from the keyboard; B, on another
// page, sees the bell's unread count rise without reloading, opens the inbox and follows the
// notification to the claim, where the mention reads as B's name.
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { seriousAxeViolations } from "../support/reader";

const QUOTE = "The ferry carried 2.3 million passengers";

async function makeClaim(request: APIRequestContext, title: string): Promise<{ articleId: string; claimId: string }> {
  const workspaces = (await (await request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const workspaceId = workspaces.data.find((w) => w.slug === "demo")!.id;
  const headers = { origin: new URL(await request.get("/api/health").then((r) => r.url())).origin };
  const article = await request.post(`/api/v1/workspaces/${workspaceId}/articles`, {
    headers,
    data: { content: `# ${title}\n\n${QUOTE} last year, the operator said.`, metadata: { title } },
  });
  expect(article.status()).toBe(201);
  const articleId = ((await article.json()) as { data: { id: string } }).data.id;
  const claim = await request.post(`/api/v1/workspaces/${workspaceId}/articles/${articleId}/claims`, {
    headers,
    data: { selector: [{ type: "TextQuoteSelector", exact: QUOTE }] },
  });
  expect(claim.status()).toBe(201);
  return { articleId, claimId: ((await claim.json()) as { data: { claim: { id: string } } }).data.claim.id };
}

async function unreadCount(page: Page): Promise<number> {
  const label = await page.getByRole("link", { name: /^Notifications, \d+ unread$/ }).getAttribute("aria-label");
  return Number(/(\d+)/.exec(label ?? "")?.[1]);
}

test("a mention typed with the keyboard reaches the colleague's bell live and leads to the claim", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `Ferry numbers ${randomBytes(3).toString("hex")}`;
  const ravi = await (await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState })).newPage();
  const rosa = await (await browser.newContext({ storageState: demoAccount("reviewer", 1).storageState })).newPage();
  const editor = await browser.newContext({ storageState: demoAccount("editor").storageState });
  const { articleId, claimId } = await makeClaim(editor.request, title);

  await rosa.goto("/w/demo");
  const before = await unreadCount(rosa);

  await ravi.goto(`/w/demo/articles/${articleId}?claim=${claimId}`);
  const composer = ravi.getByRole("combobox", { name: "Add a note" });
  await composer.click();
  await composer.pressSequentially("Can you check the 2022 report, @Ro");
  const options = ravi.getByRole("listbox", { name: "Members to mention" });
  await expect(options.getByRole("option", { name: "Rosa Reviewer" })).toBeVisible();
  await expect(composer).toHaveAttribute("aria-expanded", "true");
  expect(await seriousAxeViolations(ravi)).toEqual([]);
  // Arrows move through the members; Escape closes the list without dropping the text.
  await composer.press("ArrowDown");
  await composer.press("ArrowUp");
  await expect(options.getByRole("option", { name: "Rosa Reviewer" })).toHaveAttribute("aria-selected", "true");
  await composer.press("Enter");
  await expect(composer).toHaveAttribute("aria-expanded", "false");
  await expect(composer).toHaveValue(/Can you check the 2022 report, @\[Rosa Reviewer\]\(user:[\w-]+\) $/);
  await composer.pressSequentially("please?");
  await composer.press("Control+Enter");
  const note = ravi.getByRole("article", { name: "Note by Ravi Reviewer" }).last();
  await expect(note).toContainText("Can you check the 2022 report, @Rosa Reviewer please?");

  // Rosa's page was not reloaded: the bell polls.
  await expect.poll(() => unreadCount(rosa), { timeout: 30_000 }).toBeGreaterThan(before);
  await rosa.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
  await expect(rosa.getByRole("heading", { name: "Notifications" })).toBeVisible();
  expect(await seriousAxeViolations(rosa)).toEqual([]);
  const item = rosa.getByRole("link", { name: "Unread: Ravi Reviewer mentioned you in a note" }).first();
  await item.focus();
  await rosa.keyboard.press("Enter");
  await expect(rosa).toHaveURL(new RegExp(`/w/demo/articles/${articleId}\\?claim=${claimId}$`));
  await expect(rosa.getByRole("article", { name: "Note by Ravi Reviewer" }).last()).toContainText(
    "@Rosa Reviewer please?",
  );
  await expect.poll(() => unreadCount(rosa)).toBe(before);
});
