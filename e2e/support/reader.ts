// Helpers for driving the reader in tests.
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

export async function openDemoArticle(page: Page, titlePart: RegExp) {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: titlePart }).first().click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
}

/** Selects `text` in the article, the way a drag would (the DOM selection). */
export async function selectInArticle(page: Page, text: string) {
  await page.evaluate((needle) => {
    const root = document.querySelector('[role="region"][aria-label="Article text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += (node as Text).data;
    }
    const at = all.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the article`);
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error("offset past the end");
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

export async function markClaim(page: Page, text: string) {
  await selectInArticle(page, text);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(page.locator("blockquote").filter({ hasText: text }).first()).toBeVisible();
}

const require = createRequire(import.meta.url);

/** Serious and critical accessibility violations found by axe-core on the current page. */
export async function seriousAxeViolations(page: Page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Pastes `text` as a new article of the demo workspace titled `title`, and waits for the reader. */
export async function importArticle(page: Page, title: string, text: string) {
  await page.goto("/w/demo/articles/new");
  await page.getByLabel("…or paste the text").fill(text);
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
}
