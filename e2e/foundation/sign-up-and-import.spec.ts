import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const seedFile = join(process.cwd(), "prisma/seed/articles/003_b661382ebc12cbce.txt");

test("a new user signs up, creates a workspace, imports a seed article and reads it", async ({ page }) => {
  const email = `new.user.${Date.now()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Nora Newcomer");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a sturdy password 42");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
  await page.getByLabel("Workspace name").fill("Nora's desk");
  await page.getByRole("button", { name: "Create workspace" }).click();

  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("link", { name: "Import an article" }).click();
  await page.getByLabel("Article file").setInputFiles(seedFile);
  await page.getByRole("button", { name: "Preview", exact: true }).click();

  await expect(page.getByText(/Found \d+ paragraphs and 2 subheadings/)).toBeVisible();
  await expect(page.getByLabel("Outlet")).toHaveValue("Voice of America");
  await page.getByLabel("Title").fill("Underground pipeline of cash, goods feeds North Korea's new capitalists");
  await page.getByRole("button", { name: "Import article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Underground pipeline of cash, goods/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Jangmadang generation" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "China banks" })).toBeVisible();
  const raw = readFileSync(seedFile, "utf8").split("\n");
  const firstParagraph = raw[3]!;
  await expect(page.getByText(firstParagraph, { exact: true })).toBeVisible();
  await expect(page.getByText(/^20$/)).toHaveCount(0);
});

test("sign-in refuses a wrong password with a message next to the form", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("ravi@margin.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("[role=alert]").filter({ hasText: "do not match" })).toBeVisible();
});
