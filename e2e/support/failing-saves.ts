// Makes the reader's saves fail on purpose: server actions are POSTs to the page with a
// `next-action` header; they can be aborted (the network is gone) or answered by a 503 page (a
// proxy in front of a restarting server), while everything else passes.
import { expect, type Page } from "@playwright/test";

export type SaveMode = "pass" | "abort" | "503";

export async function controlSaves(page: Page) {
  let mode: SaveMode = "pass";
  let intercepted = 0;
  await page.route(
    (url) => url.pathname.startsWith("/w/"),
    async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"] || mode === "pass") return route.fallback();
      intercepted += 1;
      if (mode === "abort") return route.abort("internetdisconnected");
      return route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" });
    },
  );
  return {
    set(next: SaveMode) {
      mode = next;
    },
    get intercepted() {
      return intercepted;
    },
  };
}

/**
 * Saves with the network cut, then retries into a 503, then retries for real. After each failure
 * the message must say what happened and `stillThere` must hold (what was typed is in the form).
 */
export async function saveThroughFailures(
  page: Page,
  options: { scope: ReturnType<Page["locator"]>; save: () => Promise<void>; stillThere: () => Promise<void> },
) {
  const saves = await controlSaves(page);
  saves.set("abort");
  await options.save();
  const alert = options.scope.getByRole("alert").filter({ hasText: /not saved/ });
  await expect(alert).toContainText("Margin could not be reached");
  await options.stillThere();

  saves.set("503");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toContainText("The server did not answer properly");
  await options.stillThere();

  saves.set("pass");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
  expect(saves.intercepted).toBe(2);
}
