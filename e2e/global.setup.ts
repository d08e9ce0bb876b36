// Signs in each demo account once and stores its session for the tests that act as them.
import { test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/seed/demo-accounts";
import { expectLandedInDemoWorkspace, storageStateFor } from "./support/accounts";

for (const account of DEMO_ACCOUNTS) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(account.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expectLandedInDemoWorkspace(page);
    await page.context().storageState({ path: storageStateFor(account.email) });
  });
}
