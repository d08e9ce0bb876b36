import "server-only";
// A URL preview hands the fetched page to the browser, which sends it back to be saved (so what
// is saved is what was previewed, without a second fetch). The "fetched from URL" origin must not
// be the browser's word: the preview also hands back a receipt, an HMAC under the server's secret
// over who fetched which page into which workspace, and saving with origin "url" needs it to match.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "../auth/secret";
import { AppError } from "../errors/app-error";

/** How long a preview can be saved after the page was fetched. */
export const FETCH_RECEIPT_LIFETIME_MS = 60 * 60_000;

export interface FetchedPage {
  userId: string;
  workspaceId: string;
  finalUrl: string;
  html: string;
}

function mac(page: FetchedPage, expiresAt: number): string {
  // The page comes back in a form (multipart), which turns its line breaks into CR LF.
  const htmlHash = createHash("sha256").update(page.html.replace(/\r\n?/g, "\n")).digest("hex");
  return createHmac("sha256", ensureAuthSecret())
    .update(
      JSON.stringify(["margin.fetch-receipt.v1", page.userId, page.workspaceId, page.finalUrl, htmlHash, expiresAt]),
    )
    .digest("base64url");
}

export function signFetchReceipt(page: FetchedPage, now = Date.now()): string {
  const expiresAt = now + FETCH_RECEIPT_LIFETIME_MS;
  return `${expiresAt}.${mac(page, expiresAt)}`;
}

export function isValidFetchReceipt(receipt: unknown, page: FetchedPage, now = Date.now()): boolean {
  if (typeof receipt !== "string") return false;
  const [expires, given, extra] = receipt.split(".");
  if (extra !== undefined || !expires || !given || !/^\d{1,15}$/.test(expires)) return false;
  const expiresAt = Number(expires);
  if (expiresAt <= now) return false;
  const expected = Buffer.from(mac(page, expiresAt));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function assertFetchReceipt(receipt: unknown, page: FetchedPage): void {
  if (!isValidFetchReceipt(receipt, page))
    throw new AppError(
      "validation_failed",
      "Margin cannot confirm this page was fetched from that address (the preview expired or was changed). Fetch it again.",
    );
}
