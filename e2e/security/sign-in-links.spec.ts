// Crafted sign-in links: `callbackUrl` only ever leads to a path on Margin (signed in already, or
// after the form), any value answers without a 500, and `?error=` shows only Margin's own words.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { demoAccount, expectLandedInDemoWorkspace } from "../support/accounts";

const CRAFTED = [
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d%0aSet-Cookie:%20x=1",
  "//evil.example",
  "/%5Cevil.example",
  "%5C%5Cevil.example",
  "/./%2F/evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "/w/caf%C3%A9%E2%80%AE",
  "/%FF%FE",
  "/%00",
];

test.describe("signed in", () => {
  test.use({ storageState: demoAccount("reviewer", 0).storageState });

  test("a crafted callbackUrl redirects only to a path on Margin, never with a 500", async ({ page, baseURL }) => {
    for (const value of CRAFTED) {
      const response = await page.request.get(`/sign-in?callbackUrl=${value}`, { maxRedirects: 0 });
      expect(response.status(), value).toBeGreaterThanOrEqual(300);
      expect(response.status(), value).toBeLessThan(400);
      const location = response.headers().location!;
      const target = new URL(location, baseURL);
      expect(target.origin, `${value} → ${location}`).toBe(new URL(baseURL!).origin);
      expect(location, value).not.toMatch(/^\/\/|^\/\\|[\s\\]/);
    }
    // Repeated parameters are not one path either: they go home.
    const twice = await page.request.get("/sign-in?callbackUrl=/a&callbackUrl=/b", { maxRedirects: 0 });
    expect(new URL(twice.headers().location!, baseURL).pathname).toBe("/");
  });

  test("a path on Margin is kept, normalised", async ({ page }) => {
    const response = await page.request.get("/sign-in?callbackUrl=/w/demo%3Ftab%3Dclaims", { maxRedirects: 0 });
    expect(response.headers().location).toMatch(/\/w\/demo\?tab=claims$/);
  });
});

test("after the form, a crafted callbackUrl lands on Margin's home: the reviewer's one workspace", async ({
  page,
  baseURL,
}) => {
  const { email } = demoAccount("reviewer", 1);
  await page.goto("/sign-in?callbackUrl=/%09/evil.example");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectLandedInDemoWorkspace(page);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("signed out, no crafted callbackUrl gives a 500", async ({ page }) => {
  for (const value of CRAFTED) {
    for (const path of ["/sign-in", "/sign-up"]) {
      const response = await page.request.get(`${path}?callbackUrl=${value}`, { maxRedirects: 0 });
      expect(response.status(), `${path} ${value}`).toBe(200);
    }
  }
});

test("?error= shows a message from Margin's fixed list, never the link's words", async ({ page }) => {
  await page.goto("/sign-in?error=Your%20account%20is%20locked.%20Call%20%2B1%20555%200100");
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toHaveText("Signing in did not work. Try again.");
  await expect(page.getByText("555 0100")).toHaveCount(0);
  await page.goto("/sign-in?error=CredentialsSignin");
  await expect(alert).toHaveText("That e-mail and password do not match an account.");
});
