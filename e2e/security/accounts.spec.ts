// Accounts under attack, in the browser: progressive sign-in delays with their message and the
// owner's device cookie, session cookie flags, passwords never sent back to the browser nor printed
// in the server log, random ids in URLs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("an attacker's failures make other browsers wait, with the wait shown, while the owner's browser signs in", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const email = `owner.${Date.now()}@example.test`;
  const password = `owner pass ${Date.now().toString(36)} phrase`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Owen Owner");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
  const device = (await page.context().cookies()).find((c) => c.name === "margin-device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 3600_000);

  // The attacker guesses as fast as the server lets them: each failure beyond five doubles the wait,
  // and an attempt made while waiting is refused with 429 and Retry-After before any check.
  let retryAfter = 0;
  for (let attempt = 1; attempt <= 20 && retryAfter < 16; attempt++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: `guess ${attempt}`, json: "true" },
    });
    if (response.status() === 429) {
      retryAfter = Number(response.headers()["retry-after"]);
      expect(decodeURIComponent(((await response.json()) as { url: string }).url)).toContain(
        "Too many sign-in attempts",
      );
      if (retryAfter < 16) await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    } else expect(response.status(), `attempt ${attempt}`).toBe(401);
  }
  expect(retryAfter).toBeGreaterThanOrEqual(16);

  // A browser the account never signed in from waits, even with the right password...
  const stranger = await browser.newPage();
  await signIn(stranger, email, password);
  await expect(
    stranger.locator("[role=alert]").filter({ hasText: /Too many sign-in attempts\. Try again in \d+ seconds\./ }),
  ).toBeVisible();
  await stranger.close();
  // ...while the owner's browser, signed out but keeping its device cookie, signs in at once.
  await page.context().clearCookies();
  await page.context().addCookies([device!]);
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
});

test("passwords never reach the browser or the server log; cookies are HttpOnly; ids in URLs are random; one workspace is home, several are listed", async ({
  page,
}) => {
  const email = `secret.keeper.${Date.now()}@example.test`;
  const password = `correct horse ${Date.now().toString(36)} battery`;
  const bodies: string[] = [];
  page.on("response", async (response) => {
    try {
      bodies.push(`${response.url()}\n${await response.text()}`);
    } catch {
      // Redirects and streams have no body to read.
    }
  });

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sam Secret");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();

  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");

  await page.getByLabel("Workspace name").fill("Secret desk");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("link", { name: "Import an article" }).click();
  await page
    .getByLabel("…or paste the text")
    .fill("Ids are random\n\nThe council spent €4.5 million on the bridge in 2023.");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ids are random" })).toBeVisible();
  const articleId = /\/articles\/([^/?#]+)/.exec(page.url())?.[1];
  expect(articleId).toMatch(UUID);

  await page.goto("/settings");
  await page.context().clearCookies();
  await signIn(page, email, password);
  // One workspace: signing in lands in it; with a second one, on the list to choose from.
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  await page.goto("/workspaces");
  await page.getByLabel("Workspace name").fill("Second desk");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Secret desk/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Second desk/ })).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, email, `${password} typo`);
  await expect(page.locator("[role=alert]").filter({ hasText: "do not match" })).toBeVisible();

  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) {
    expect(body).not.toContain(password);
    expect(body).not.toContain("$argon2");
    expect(body).not.toMatch(/passwordHash/);
  }
  const log = readFileSync(join(process.cwd(), ".e2e-data/server.log"), "utf8");
  expect(log.length).toBeGreaterThan(100);
  expect(log).not.toContain(password);
  expect(log).not.toContain("$argon2");
});
