// The reader at a fact-checker's pace: whole sentences, claims and ratings from the keyboard.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { openDemoArticle } from "../support/reader";

const reviewer = demoAccount("reviewer", 0);
test.use({ storageState: reviewer.storageState });

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()!.toString().trim());

async function apiOf(page: Page) {
  const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const workspaceId = workspaces.data.find((w) => w.slug === "demo")!.id;
  const articleId = /\/articles\/([^/?]+)/.exec(page.url())![1]!;
  return { base: `/api/v1/workspaces/${workspaceId}`, articleId, headers: { origin: new URL(page.url()).origin } };
}

test("marking a sentence, rating it and submitting the verdict takes under 10 keys", async ({ page }) => {
  await openDemoArticle(page, /Underground pipeline/);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Every key event the page receives from here on, modifiers included.
  await page.evaluate(() => {
    const counter = window as unknown as { keyEvents: number };
    counter.keyEvents = 0;
    document.addEventListener("keydown", () => counter.keyEvents++, true);
  });
  const pressed: string[] = [];
  const press = async (key: string) => {
    pressed.push(key);
    await page.keyboard.press(key);
  };

  // S takes the first sentence in view, S again the next one.
  await press("s");
  await expect.poll(() => selectedText(page)).toMatch(/^As the United States and other nations/);
  await press("s");
  const sentence =
    "One defector living in South Korea uses a clandestine funding channel to send hundreds of thousands of dollars to help dozens of North Koreans open small businesses, such as noodle shops and grocery stores.";
  await expect.poll(() => selectedText(page)).toBe(sentence);
  await press("m");
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(page.locator("blockquote").first()).toHaveText(sentence);
  await press("1");
  await expect(page.getByRole("radio", { name: "True", exact: true })).toBeChecked();
  // Confidence has no default: the rating key leaves the caret in it.
  await expect(page.getByLabel("Confidence (%)")).toBeFocused();
  await press("8");
  await press("0");
  await press("Control+Enter");
  const verdict = page.getByRole("article", { name: `Verdict by ${reviewer.name}` });
  await expect(verdict).toContainText("True");
  await expect(page.getByRole("button", { name: "Change my verdict" })).toBeVisible();

  expect(pressed).toEqual(["s", "s", "m", "1", "8", "0", "Control+Enter"]);
  expect(pressed.length).toBeLessThan(10);
  const keyEvents = await page.evaluate(() => (window as unknown as { keyEvents: number }).keyEvents);
  expect(keyEvents).toBeLessThan(10);

  // Saved: the verdict is there after a reload.
  await page.reload();
  await expect(page.getByRole("article", { name: `Verdict by ${reviewer.name}` })).toContainText("True");
});

test("the ? sheet lists the keys; J and K walk the claims; N and A open the note and source forms", async ({
  page,
}) => {
  await openDemoArticle(page, /Though North Korea remains/);
  const api = await apiOf(page);
  for (const exact of ["Dubbed Build Amazing Startups Here", "BASH also offers office space"]) {
    const created = await page.request.post(`${api.base}/articles/${api.articleId}/claims`, {
      data: { selector: [{ type: "TextQuoteSelector", exact }] },
      headers: api.headers,
    });
    expect(created.status()).toBe(201);
  }
  const listed = (await (await page.request.get(`${api.base}/articles/${api.articleId}/claims`)).json()) as {
    data: { exact: string; start: number; anchorState: string }[];
  };
  const inOrder = listed.data.filter((c) => c.anchorState !== "orphaned").sort((a, b) => a.start - b.start);
  expect(inOrder.length).toBeGreaterThanOrEqual(2);
  await page.reload();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();

  // The sheet: opened by ?, focus kept inside, closed by Escape with focus back where it was.
  const text = page.getByRole("region", { name: "Article text" });
  await text.focus();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText("Mark the selection as a claim");
  await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
  for (const key of ["Tab", "Tab", "Shift+Tab", "Shift+Tab", "Tab"]) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog"))), key).toBe(true);
  }
  await page.keyboard.press("j"); // not while the sheet is open
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(text).toBeFocused();

  // J and K: the next and previous claim in reading order.
  const quote = page.locator("blockquote").first();
  await page.keyboard.press("j");
  await expect(quote).toHaveText(inOrder[0]!.exact);
  await page.keyboard.press("j");
  await expect(quote).toHaveText(inOrder[1]!.exact);
  await page.keyboard.press("k");
  await expect(quote).toHaveText(inOrder[0]!.exact);

  // A: the source form, its first field focused; letters typed there are text, not shortcuts.
  await page.keyboard.press("a");
  const url = page.getByLabel("URL");
  await expect(url).toBeFocused();
  await page.keyboard.type("jk");
  await expect(url).toHaveValue("jk");
  await expect(quote).toHaveText(inOrder[0]!.exact);
  await page.locator('section[aria-labelledby="sources-heading"]').getByRole("button", { name: "Cancel" }).click();

  // N: the note composer; Ctrl+Enter posts the note.
  await page.getByRole("heading", { name: "Claim", exact: true }).focus();
  await page.keyboard.press("n");
  const composer = page.getByLabel("Add a note");
  await expect(composer).toBeFocused();
  await page.keyboard.type("Checked 1 source: see p. 2");
  await page.keyboard.press("Control+Enter");
  await expect(
    page.getByRole("article", { name: `Note by ${reviewer.name}` }).filter({ hasText: "Checked 1 source: see p. 2" }),
  ).toBeVisible();

  // Escape closes the claim.
  await page.getByRole("heading", { name: "Claim", exact: true }).focus();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("list", { name: "Claims in reading order" })).toBeVisible();
});
