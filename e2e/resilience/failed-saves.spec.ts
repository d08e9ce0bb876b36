import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { saveThroughFailures } from "../support/failing-saves";
import { markClaim, openDemoArticle, selectInArticle, seriousAxeViolations } from "../support/reader";

// Every save in the claim panel, with the network cut and then a 503 during the save: what was
// typed stays in the form, the reader says what happened, and Try again saves it.
test.use({ storageState: demoAccount("editor").storageState });

const VOA = /Underground pipeline/;

async function claimPanel(page: Page, sentence: string) {
  await openDemoArticle(page, VOA);
  await markClaim(page, sentence);
}

test("a note survives a cut network and a 503, and Try again saves it", async ({ page }) => {
  await claimPanel(page, "Contact with anyone in the South can be punishable by death in North Korea.");
  const notes = page.getByRole("region", { name: /Notes/ });
  const box = notes.getByLabel("Add a note");
  const text = "Punishable by death: check the **2016** law text. Ünïcödé stays too.";
  await box.fill(text);
  await saveThroughFailures(page, {
    scope: notes,
    save: () => notes.getByRole("button", { name: "Add note" }).click(),
    stillThere: async () => {
      await expect(box).toHaveValue(text);
      // The failure message and its Try again button are announced and reachable: no serious axe finding.
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
  });
  await expect(notes.getByRole("article", { name: /Note by/ })).toContainText("check the 2016 law text");
  await expect(box).toHaveValue("");
});

test("a verdict survives a cut network and a 503, and Try again submits it", async ({ page }) => {
  await claimPanel(page, "has allowed a growing number of semi-legal markets known as jangmadang");
  const verdicts = page.getByRole("region", { name: "Verdicts" });
  await verdicts.getByLabel("Mostly true", { exact: true }).check();
  await verdicts.getByLabel("Confidence (%)").fill("80");
  const rationale = verdicts.getByLabel("Rationale (Markdown)");
  await rationale.fill("Markets are tolerated, per several defector surveys.");
  await saveThroughFailures(page, {
    scope: verdicts,
    save: () => verdicts.getByRole("button", { name: "Submit verdict" }).click(),
    stillThere: async () => {
      await expect(rationale).toHaveValue("Markets are tolerated, per several defector surveys.");
      await expect(verdicts.getByLabel("Mostly true", { exact: true })).toBeChecked();
    },
  });
  await expect(verdicts.getByRole("article", { name: /Verdict by/ })).toContainText("Markets are tolerated");
});

test("a final verdict survives a cut network and a 503, and Try again saves it", async ({ page }) => {
  await claimPanel(page, "remittances estimated at $10 million a year");
  const final = page.getByRole("region", { name: "Final verdict" });
  await final.getByLabel("Final rating").selectOption({ label: "Unverifiable" });
  const summary = final.getByLabel("Public summary (Markdown)");
  await summary.fill("No public source for the $10 million estimate.");
  await saveThroughFailures(page, {
    scope: final,
    save: () => final.getByRole("button", { name: "Save final verdict" }).click(),
    stillThere: () => expect(summary).toHaveValue("No public source for the $10 million estimate."),
  });
  await expect(final.getByText("No public source for the $10 million estimate.")).toBeVisible();
  await expect(final.getByText("Not published")).toBeVisible();
});

test("a source survives a cut network and a 503, and Try again adds it", async ({ page }) => {
  await claimPanel(page, "financed several grocery stores with investments of 20,000 to 30,000 yuan");
  const sources = page.getByRole("region", { name: /Sources/ });
  await sources.getByRole("button", { name: "Add source" }).click();
  await sources.getByLabel("URL").fill("https://example.org/yuan-report");
  await sources.getByLabel("Title").fill("Yuan investments report");
  await sources.getByLabel("Refutes").check();
  await saveThroughFailures(page, {
    scope: sources,
    save: () => sources.getByRole("button", { name: "Add source" }).click(),
    stillThere: async () => {
      await expect(sources.getByLabel("URL")).toHaveValue("https://example.org/yuan-report");
      await expect(sources.getByLabel("Title")).toHaveValue("Yuan investments report");
      await expect(sources.getByLabel("Refutes")).toBeChecked();
    },
  });
  await expect(sources.getByRole("article", { name: "Source: Yuan investments report" })).toContainText("Refutes");
});

test("a tag survives a cut network and a 503, and Try again adds it", async ({ page }) => {
  await claimPanel(page, "The plan, which is not government policy, envisions microfinance for start-ups");
  const claim = page.getByRole("region", { name: "Claim", exact: true });
  const input = claim.getByLabel("Add a tag");
  await input.fill("microfinance");
  await saveThroughFailures(page, {
    scope: claim,
    save: () => claim.getByRole("button", { name: "Add", exact: true }).click(),
    stillThere: () => expect(input).toHaveValue("microfinance"),
  });
  await expect(claim.getByRole("list", { name: "Tags" })).toContainText("#microfinance");
  await expect(input).toHaveValue("");
});

test("marking a claim with the network cut keeps the selection and says so; marking again works", async ({ page }) => {
  await openDemoArticle(page, VOA);
  const sentence = "a report commissioned by the South Korean government";
  await page.context().setOffline(true);
  await selectInArticle(page, sentence);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await expect(page.getByText(/You are offline, so this was not saved/)).toBeVisible();
  await page.context().setOffline(false);
  await markClaim(page, sentence);
});
