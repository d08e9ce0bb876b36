// Deleting is reversible and respects others' work, in the browser: Delete is offered only to who
// may, an editor restores from the Trash page, and a deleted note's words leave everyone's view.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { inviteToDemo, joinWithNewAccount } from "../support/new-member";
import { markClaim, openDemoArticle } from "../support/reader";

const VOA = /Underground pipeline/;

async function openClaim(page: Page, quote: string) {
  await page.getByRole("button", { name: new RegExp(quote.slice(0, 30)) }).click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
}

test("a reviewer is not offered Delete on their claim once a colleague added a source; an editor is", async ({
  browser,
}) => {
  // Three people in three browsers.
  test.setTimeout(120_000);
  const quote = "Last year, he shipped more than 3,000 Chinese LED desk lamps";
  const ravi = await (await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState })).newPage();
  const rosa = await (await browser.newContext({ storageState: demoAccount("reviewer", 1).storageState })).newPage();
  const elena = await (await browser.newContext({ storageState: demoAccount("editor").storageState })).newPage();

  await openDemoArticle(ravi, VOA);
  await markClaim(ravi, quote);
  await expect(ravi.getByRole("button", { name: "Delete claim" })).toBeVisible();

  await openDemoArticle(rosa, VOA);
  await openClaim(rosa, quote);
  await expect(rosa.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
  await rosa.getByRole("button", { name: "Add source" }).click();
  await rosa.getByLabel("URL").fill("https://example.org/lamps");
  await rosa.getByLabel("Title").fill("Customs record of the lamps");
  await rosa.getByRole("button", { name: "Add source" }).click();
  await expect(rosa.getByRole("article", { name: "Source: Customs record of the lamps" })).toBeVisible();
  // Ravi may not remove Rosa's source either.
  await expect(rosa.getByRole("button", { name: /Remove source Customs record/ })).toBeVisible();

  // The claim stays open across the reload (its id is in the address).
  await ravi.reload();
  await expect(ravi.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(ravi.getByRole("article", { name: "Source: Customs record of the lamps" })).toBeVisible();
  await expect(ravi.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
  await expect(ravi.getByRole("button", { name: /Remove source Customs record/ })).toHaveCount(0);

  await openDemoArticle(elena, VOA);
  await openClaim(elena, quote);
  await expect(elena.getByRole("button", { name: "Delete claim" })).toBeVisible();
});

test("an editor deletes a claim with its note and restores it from the Trash page, by keyboard", async ({
  browser,
}) => {
  const quote = "The markets have improved the quality of life for many";
  const elena = await (await browser.newContext({ storageState: demoAccount("editor").storageState })).newPage();
  await openDemoArticle(elena, VOA);
  await markClaim(elena, quote);
  await elena.getByLabel("Add a note").fill("Check the **defector's** account of shops.");
  await elena.getByRole("button", { name: "Add note" }).click();
  await expect(elena.getByRole("article", { name: "Note by Elena Editor" })).toBeVisible();

  elena.once("dialog", (dialog) => void dialog.accept());
  await elena.getByRole("button", { name: "Delete claim" }).click();
  await expect(elena.getByRole("button", { name: new RegExp(quote.slice(0, 30)) })).toHaveCount(0);
  await expect(elena.locator("mark").filter({ hasText: quote })).toHaveCount(0);

  await elena.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Trash" }).click();
  await expect(elena.getByRole("heading", { name: "Trash" })).toBeVisible();
  const row = elena.getByRole("row", { name: `Claim: ${quote}` });
  await expect(row).toContainText("Elena Editor");
  await expect(row).toContainText("30");
  await expect(row.getByRole("button", { name: /Purge/ })).toHaveCount(0);
  await row.getByRole("button", { name: /Restore/ }).focus();
  await elena.keyboard.press("Enter");
  await expect(elena.getByRole("status").filter({ hasText: "is back" })).toBeVisible();
  await expect(elena.getByRole("row", { name: `Claim: ${quote}` })).toHaveCount(0);

  await elena.getByRole("link", { name: "Open it" }).click();
  await expect(elena.locator("blockquote").filter({ hasText: quote })).toBeVisible();
  await expect(elena.getByRole("article", { name: "Note by Elena Editor" })).toContainText("defector's");
  await expect(elena.locator("mark").filter({ hasText: quote })).toHaveCount(1);
});

test("a viewer reading the history of a deleted note sees who deleted it, not what it said", async ({ browser }) => {
  // An invitation, a sign-up and two other people in three browsers.
  test.setTimeout(120_000);
  const quote = "Hong Soon-jick, a research fellow at the state-run Korea Institute for National Unification";
  const secret = "Hong told me off the record";
  const ada = await (await browser.newContext({ storageState: demoAccount("admin").storageState })).newPage();
  const email = `vera.viewer.${Date.now()}@example.test`;
  const link = await inviteToDemo(ada, { email, role: "viewer" });

  const ravi = await (await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState })).newPage();
  await openDemoArticle(ravi, VOA);
  await markClaim(ravi, quote);
  await ravi.getByLabel("Add a note").fill(`${secret}: the institute is state-run.`);
  await ravi.getByRole("button", { name: "Add note" }).click();
  const note = ravi.getByRole("article", { name: "Note by Ravi Reviewer" });
  await expect(note).toContainText(secret);
  ravi.once("dialog", (dialog) => void dialog.accept());
  await note.getByRole("button", { name: "Delete" }).click();
  await expect(ravi.getByRole("article", { name: "Note by Ravi Reviewer" })).toHaveCount(0);

  const vera = await joinWithNewAccount(browser, {
    link,
    name: "Vera Viewer",
    email,
    password: "a sturdy viewer password 7",
  });
  await vera.getByRole("link", { name: VOA }).first().click();
  await openClaim(vera, quote);
  const history = vera.getByRole("region", { name: "History" });
  await history.getByRole("button", { name: "Show" }).click();
  const timeline = history.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByText("added a note")).toBeVisible();
  await expect(timeline.getByText("deleted a note")).toBeVisible();
  await expect(
    timeline.getByText("Deleted by Ravi Reviewer (in the trash); its content is not shown.").first(),
  ).toBeVisible();
  await expect(vera.getByText(secret)).toHaveCount(0);
  // Nor does the page's own request for it carry the words.
  const response = await vera.request.get(
    `${new URL(vera.url()).origin}/api/v1/workspaces/${await workspaceIdOf(vera)}/claims/${claimIdOf(vera)}/history`,
  );
  expect(await response.text()).not.toContain(secret);
  await expect(vera.getByRole("link", { name: "Trash" })).toHaveCount(0);
});

async function workspaceIdOf(page: Page): Promise<string> {
  const response = await page.request.get(`${new URL(page.url()).origin}/api/v1/workspaces`);
  const { data } = (await response.json()) as { data: { id: string; slug: string }[] };
  return data.find((workspace) => workspace.slug === "demo")!.id;
}

function claimIdOf(page: Page): string {
  const id = new URL(page.url()).searchParams.get("claim");
  if (!id) throw new Error(`no claim in ${page.url()}`);
  return id;
}
