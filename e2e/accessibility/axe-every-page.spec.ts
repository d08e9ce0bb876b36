// axe on every page of Margin, signed out and signed in, with a claim open in the reader, in the
// light and the dark colour scheme: no critical, serious or moderate violation anywhere (minor ones
// are reported by axe as best practice hints and left to judgement).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { markClaim, openDemoArticle } from "../support/reader";

const BLOCKING = new Set(["critical", "serious", "moderate"]);
// Some twenty pages, each analysed by axe.
test.describe.configure({ timeout: 300_000 });

/** Each page is analysed in the light and the dark colour scheme (dark mode follows the system's). */
async function expectNoViolations(page: Page, what: string) {
  // Not "networkidle": the reader keeps a live event stream open.
  await page.waitForLoadState("load");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const blocking = violations
      .filter((v) => BLOCKING.has(v.impact ?? ""))
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    expect.soft(blocking, `${what} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function visit(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  await page.goto(path);
  await ready(page);
  await expectNoViolations(page, path);
}

const heading = (name: string | RegExp) => async (page: Page) =>
  void (await expect(page.getByRole("heading", { name, level: 1 }).first()).toBeVisible());

test("pages seen signed out: sign-in, sign-up, API docs", async ({ page }) => {
  await visit(page, "/sign-in", heading(/Sign in/));
  await visit(page, "/sign-up", heading(/account/i));
  await visit(page, "/api-docs", heading(/API/));
});

test.describe("signed in as an admin", () => {
  test.use({ storageState: demoAccount("admin").storageState });

  test("every workspace page, the reader with a claim open, and an invite", async ({ page, browser }) => {
    await visit(page, "/workspaces", heading("Your workspaces"));
    await visit(page, "/settings", heading(/settings|account/i));
    await visit(page, "/w/demo", heading("Articles"));
    await visit(page, "/w/demo/articles/new", heading(/Import/));
    await visit(page, "/w/demo/dashboard", heading(/Dashboard/));
    await visit(page, "/w/demo/queue", heading(/queue/i));
    await visit(page, "/w/demo/disagreements", heading(/Disagreements/));
    await visit(page, "/w/demo/search?q=defector", heading(/Search/));
    await visit(page, "/w/demo/members", heading(/Members/));
    await visit(page, "/w/demo/settings", heading(/settings/i));
    await visit(page, "/w/demo/trash", heading(/Trash/));
    await visit(page, "/w/demo/report", heading(/./));

    // The reader, with the legend, then with a claim of this test's own open in the panel.
    await openDemoArticle(page, /Underground pipeline/);
    await expectNoViolations(page, "reader");
    await markClaim(page, "noodle shops and grocery stores");
    await expectNoViolations(page, "reader with a claim open");
    const article = new URL(page.url()).pathname;
    await visit(page, `${article}/edit`, heading(/Edit/));
    await visit(page, `${article}/revisions`, heading(/Revisions/));
    await visit(page, `${article}/revisions/1`, async (p) => {
      await expect(p.getByText(/Revision 1 of/)).toBeVisible();
    });
    await visit(page, `${article}/compare?from=1&to=1`, heading(/Revision 1 → 1/));

    // An invite link, opened by someone signed out.
    await page.goto("/w/demo/members");
    await page.getByLabel("E-mail").fill(`axe-${Date.now()}@margin.test`);
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = await page.getByLabel("Invite link").inputValue();
    await expectNoViolations(page, "members with a new invite link");
    const stranger = await (await browser.newContext()).newPage();
    await visit(stranger, link, async (p) => {
      await expect(p.getByRole("heading").first()).toBeVisible();
    });
  });
});
