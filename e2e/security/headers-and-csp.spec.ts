// The Content Security Policy and security headers, in real Chromium: every page and API answer
// carries them, the app's own scripts run under the nonce, and a script injected into the HTML
// (as a stored XSS would be) is refused and reported as a violation.
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";

test.use({ storageState: demoAccount("reviewer", 0).storageState });

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

test("pages and API responses carry the CSP and the security headers; the nonce is new each time", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of [
    "/sign-in",
    "/workspaces",
    "/w/demo",
    "/api/health",
    "/api/v1/workspaces",
    "/api/v1/openapi.json",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    const headers = response.headers();
    expect(headers, path).toMatchObject(EXPECTED);
    expect(headers["permissions-policy"], path).toContain("camera=()");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    // Served over plain http here: no HSTS (it is sent when NEXTAUTH_URL is https; see the unit test).
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  expect(nonces.size).toBe(6);
});

test("the app runs under the policy: every script of the page carries this response's nonce", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/w/demo");
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  // Every script tag the server sent carries the nonce; scripts the app loads later are trusted
  // through 'strict-dynamic' (and any violation would reach the console, checked below).
  const html = await response!.text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /\snonce="([^"]*)"/.exec(tag[0])?.[1] ?? "");
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toBe(nonce);
  // Client navigation, hydration and the live connection all work.
  await page
    .getByRole("link", { name: /Underground pipeline/ })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("an inline script injected into the page is refused and reported", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  // What a stored XSS would be: markup the server sends with the page, here added on the way.
  await page.route("**/w/demo", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__pwned = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  const messages: string[] = [];
  page.on("console", (message) => messages.push(message.text()));
  await page.goto("/w/demo");
  await expect(page.getByRole("link", { name: /Underground pipeline/ }).first()).toBeVisible();
  await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
  expect(messages.some((text) => /Content Security Policy/.test(text))).toBe(true);
});

test("the app refuses to be framed", async ({ page }) => {
  await page.goto("/sign-in");
  const frameBlocked = page.waitForEvent("console", (message) =>
    /frame-ancestors|X-Frame-Options|Refused to display/i.test(message.text()),
  );
  await page.setContent(`<iframe src="${new URL("/sign-in", page.url()).href}"></iframe>`);
  await frameBlocked;
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(
    await frame
      ?.locator("form")
      .count()
      .catch(() => 0),
  ).toBe(0);
});
