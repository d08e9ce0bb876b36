// Server-side sessions: signing out ends the session for every place its cookie is presented
// (pages, the API, server actions), "Sign out" on another browser's session from Settings ends
// that one, and "Sign out everywhere" ends them all.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

const PASSWORD = "a long pass phrase for sessions";

async function signUp(page: Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sid Sessions");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
}

async function signIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
  return { context, page };
}

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** A fresh browser presenting an old cookie: what an attacker with a copied cookie has. */
async function withCookie(browser: Browser, cookie: Awaited<ReturnType<typeof sessionCookie>>) {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  return context;
}

async function expectCookieDead(browser: Browser, cookie: Awaited<ReturnType<typeof sessionCookie>>) {
  const context = await withCookie(browser, cookie);
  const page = await context.newPage();
  expect((await page.request.get("/api/v1/workspaces")).status()).toBe(401);
  await page.goto("/workspaces");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
}

test("signing out ends the session: its copied cookie opens no page and no API", async ({ page, browser }) => {
  const email = `sign.out.${Date.now()}@example.test`;
  await signUp(page, email);
  const cookie = await sessionCookie(page.context());
  // Control: the copied cookie works while the session lives.
  const copy = await withCookie(browser, cookie);
  expect((await copy.request.get("/api/v1/workspaces")).status()).toBe(200);
  await copy.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectCookieDead(browser, cookie);
});

test("Settings lists the sessions; ending another browser's stops its pages, API and server actions", async ({
  page,
  browser,
}) => {
  const email = `two.browsers.${Date.now()}@example.test`;
  await signUp(page, email);
  const other = await signIn(browser, email);
  await other.page.goto("/settings");
  const otherCookie = await sessionCookie(other.context);

  await page.goto("/settings");
  const sessions = page.getByRole("table", { name: "Browsers signed in to your account" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions.getByText("(this browser)")).toHaveCount(1);
  // By keyboard: focus the other session's button and press Enter.
  await sessions.getByRole("button", { name: /Sign out/ }).focus();
  await page.keyboard.press("Enter");
  await expect(sessions.getByRole("row")).toHaveCount(2);

  // The other browser, its page still open, tries a server action: it is sent to sign in.
  await other.page.getByLabel("Name").fill("after revocation");
  await other.page.getByRole("button", { name: "Create token" }).click();
  await expect(other.page).toHaveURL(/\/sign-in/);
  await expectCookieDead(browser, otherCookie);
  // This browser is still signed in.
  expect((await page.request.get("/api/v1/workspaces")).status()).toBe(200);
  await other.context.close();
});

test("Sign out everywhere ends every session, this one included", async ({ page, browser }) => {
  const email = `everywhere.${Date.now()}@example.test`;
  await signUp(page, email);
  const other = await signIn(browser, email);
  const cookies = [await sessionCookie(page.context()), await sessionCookie(other.context)];
  await page.goto("/settings");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  for (const cookie of cookies) await expectCookieDead(browser, cookie);
  await other.page.goto("/workspaces");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.context.close();
});

test("changing the password asks the current one, refuses a common one, and signs out the other browsers", async ({
  page,
  browser,
}) => {
  const email = `new.password.${Date.now()}@example.test`;
  // A common password is refused at sign-up, with the reason beside the field.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Pat Password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("password12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/too easy to guess/).first()).toBeVisible();
  await signUp(page, email);
  const other = await signIn(browser, email);
  const otherCookie = await sessionCookie(other.context);

  await page.goto("/settings");
  await page.getByLabel("Current password").fill("not the password at all");
  await page.getByLabel("New password").fill("violet anchor seven lamps");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("violet anchor seven lamps");
  await page.getByLabel("New password").press("Enter");
  await expect(page.getByText(/Password changed\. 1 other session was signed out\./)).toBeVisible();

  await expectCookieDead(browser, otherCookie);
  expect((await page.request.get("/api/v1/workspaces")).status()).toBe(200);
  await other.context.close();
});
