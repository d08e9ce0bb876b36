// Accounts under attack, in the browser: sign-in rate limiting with its message, session cookie
// flags, passwords never sent back to the browser nor printed in the server log, random ids in URLs.
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

test("the eleventh sign-in attempt for an address within 15 minutes is refused with a clear message", async ({
  page,
}) => {
  const email = `rate.limit.${Date.now()}@example.test`;
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.locator("[role=alert]").filter({ hasText: "do not match" }), `attempt ${attempt}`).toBeVisible();
  }
  await signIn(page, email, "wrong password 11");
  await expect(
    page.locator("[role=alert]").filter({ hasText: /Too many sign-in attempts\. Try again in 1[45] minutes\./ }),
  ).toBeVisible();
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
