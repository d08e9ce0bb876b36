import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import { demoAccount, expectLandedInDemoWorkspace } from "../support/accounts";
import { markClaim, openDemoArticle } from "../support/reader";

test.describe("drafts", () => {
  test.use({ storageState: demoAccount("reviewer", 1).storageState });

  test("a note and a verdict being written survive a reload, say so, and can be discarded", async ({ page }) => {
    await openDemoArticle(page, /Underground pipeline/);
    await markClaim(page, "The defector, who escaped through China in the early 2000s");
    await page.getByLabel("Add a note").fill("Half-written note about the **escape** route");
    const verdicts = page.getByRole("region", { name: "Verdicts" });
    await verdicts.getByLabel("Mostly false", { exact: true }).check();
    await verdicts.getByLabel("Rationale (Markdown)").fill("Dates do not match the");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
    const notes = page.getByRole("region", { name: /Notes/ });
    await expect(notes.getByLabel("Add a note")).toHaveValue("Half-written note about the **escape** route");
    await expect(notes.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
    await expect(verdicts.getByLabel("Rationale (Markdown)")).toHaveValue("Dates do not match the");
    await expect(verdicts.getByLabel("Mostly false", { exact: true })).toBeChecked();
    await expect(verdicts.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();

    // Discarding the verdict draft empties the form; saving the note clears its draft.
    await verdicts.getByRole("button", { name: "Discard draft" }).click();
    await expect(verdicts.getByLabel("Rationale (Markdown)")).toHaveValue("");
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect(notes.getByRole("article", { name: /Note by/ })).toContainText("Half-written note about the");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
    await expect(page.getByLabel("Add a note")).toHaveValue("");
    await expect(verdicts.getByLabel("Rationale (Markdown)")).toHaveValue("");
    await expect(page.getByText("Draft restored")).toHaveCount(0);
  });
});

test.describe("sign-in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("keeps the e-mail after a wrong password, clears the password, and then signs in", async ({ page }) => {
    const account = demoAccount("reviewer", 1);
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(account.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue(account.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByLabel("Password")).toBeFocused();
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expectLandedInDemoWorkspace(page);
  });
});
