import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { demoAccount, expectLandedInDemoWorkspace } from "../support/accounts";

test.use({ storageState: demoAccount("reviewer").storageState });

test("a demo reviewer sees both seed articles and reads the Korea Herald one faithfully", async ({ page }) => {
  await page.goto("/workspaces");
  await page.getByRole("link", { name: /Demo newsroom/ }).click();
  // Other specs add articles to the demo workspace, so look for the two seed articles by name, not by count.
  const articles = page.getByRole("main").getByRole("listitem");
  await expect(articles.filter({ hasText: "The Korea Herald" })).toHaveCount(1);
  await expect(articles.filter({ hasText: "Voice of America" })).toHaveCount(1);
  await expect(page.getByText("The Korea Herald").first()).toBeVisible();
  await expect(page.getByText("Voice of America").first()).toBeVisible();

  await page
    .getByRole("link", { name: /North Korea remains one of the world’s most isolated economies|SINGAPORE/ })
    .first()
    .click();
  await expect(page.getByText("By Shin Hyon-hee")).toBeVisible();
  await expect(page.getByText("“accelerators”", { exact: false })).toBeVisible();
  await expect(page.getByText("photo credit", { exact: false })).toHaveCount(0);
  await expect(page.getByText("Published :", { exact: false })).toHaveCount(0);
  await expect(page.locator("time")).toHaveAttribute("datetime", /^2016-11-23/);
});

test.describe("signing out", () => {
  // Signing out ends the session on the server: sign in afresh rather than end the stored
  // session the other specs of this reviewer use.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("sign out returns to the sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(demoAccount("reviewer").email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expectLandedInDemoWorkspace(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/workspaces");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
