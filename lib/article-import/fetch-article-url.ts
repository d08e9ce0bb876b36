import "server-only";
// Importing an article from a URL an editor typed, on the server. The server can reach networks the
// editor cannot, so every hop is resolved and checked before connecting, the connection goes to the
// checked addresses only (a second DNS answer cannot swap them: DNS rebinding), redirects are
// followed by hand and checked the same way, and one deadline and one size limit cover everything.
import { lookup as lookupAll } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline, type Readable, type Transform } from "node:stream";
import zlib from "node:zlib";
import { MAX_IMPORT_BYTES } from "./limits";
import { describeForbiddenAddress } from "./safe-address";

export type UrlImportErrorCode =
  | "invalid_url"
  | "forbidden_address"
  | "too_many_redirects"
  | "timeout"
  | "too_large"
  | "http_error"
  | "not_html"
  | "network";

/** A page Margin cannot fetch, with a message that says what to do about it. */
export class UrlImportError extends Error {
  readonly code: UrlImportErrorCode;
  /** The HTTP status, for "http_error". */
  readonly status?: number;

  constructor(code: UrlImportErrorCode, message: string, status?: number) {
    super(message);
    this.name = "UrlImportError";
    this.code = code;
    if (status !== undefined) this.status = status;
  }
}

export interface FetchPolicy {
  /** Allow every private, loopback, link-local and reserved destination (an administrator's choice). */
  allowPrivateAddresses?: boolean;
  /** Allow some of those destinations only, e.g. `isLoopbackAddress` for a local test server. Public addresses need no allowing. */
  allowAddress?: (ip: string) => boolean;
  /** Largest page, in bytes after decompression; default MAX_IMPORT_BYTES. */
  maxBytes?: number;
  /** For everything: DNS, connecting, redirects, headers and body; default 10 s. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Media types accepted besides HTML (a ClaimReview feed: application/ld+json, application/json). */
  extraMediaTypes?: readonly string[];
  /** DNS resolution to every address of a host name; default node:dns lookup with `all`. */
  lookup?: (hostname: string) => Promise<string[]>;
}

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  finalUrl: string;
  html: string;
  /** The Content-Type header as the site sent it. */
  contentType: string;
}

const MAX_URL_LENGTH = 2048;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const DECOMPRESSORS: Partial<Record<string, () => Transform>> = {
  gzip: zlib.createGunzip,
  "x-gzip": zlib.createGunzip,
  deflate: zlib.createInflate,
  br: zlib.createBrotliDecompress,
};
const SAVE_INSTEAD = "save the page from your browser and import the file";
const HEADERS = {
  accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "Mozilla/5.0 (compatible; MarginImporter/1.0; article import for annotation)",
};

const defaultLookup = async (hostname: string) =>
  (await lookupAll(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** An http(s) address without credentials or fragment; `from` is the page that redirected here. */
function parseTarget(raw: string, from?: URL): URL {
  const shown = raw.length > 100 ? `${raw.slice(0, 100)}…` : raw;
  const redirected = from ? `${from.href} redirected to “${shown}”, which Margin cannot follow: ` : "";
  let url: URL;
  try {
    url = new URL(raw.trim(), from);
  } catch {
    throw new UrlImportError(
      "invalid_url",
      from
        ? `${redirected}it is not a valid address.`
        : `“${shown}” is not a complete web address. Enter the article’s full address, starting with https://.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UrlImportError(
      "invalid_url",
      `${redirected}Margin only fetches web pages, whose addresses start with http:// or https://, not ${url.protocol}.`,
    );
  }
  if (url.username || url.password) {
    throw new UrlImportError(
      "invalid_url",
      `${redirected}the address contains a user name or password (user:password@…). Margin never sends credentials: remove them, or ${SAVE_INSTEAD}.`,
    );
  }
  if (url.href.length > MAX_URL_LENGTH)
    throw new UrlImportError("invalid_url", `${redirected}the address is longer than ${MAX_URL_LENGTH} characters.`);
  url.hash = "";
  return url;
}

/** Every address of the URL's host, each one checked: one forbidden address refuses them all. */
async function resolveChecked(
  url: URL,
  policy: FetchPolicy,
  from: URL | undefined,
  aborted: Promise<never>,
): Promise<string[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const addresses = isIP(host) ? [host] : await Promise.race([(policy.lookup ?? defaultLookup)(host), aborted]);
  if (addresses.length === 0)
    throw new UrlImportError("network", `Margin could not find the site “${host}”: check the address for typos.`);
  for (const ip of addresses) {
    const reason = describeForbiddenAddress(ip);
    if (!reason || policy.allowPrivateAddresses || policy.allowAddress?.(ip)) continue;
    const subject = from
      ? `${from.href} redirected to ${url.href}, which`
      : ip === host
        ? "This address"
        : `This address (${host})`;
    // An address the person typed may be named back to them; what a host name resolves to may
    // not: it would map the internal network. The server log keeps it for the admin.
    if (ip !== host) {
      console.warn(`[url-import] refused ${url.href}: ${host} resolves to ${ip} (${reason})`);
      throw new UrlImportError(
        "forbidden_address",
        `${subject} does not lead to a public web page; Margin only fetches public web pages. If the article is on an internal site, ${SAVE_INSTEAD}.`,
      );
    }
    throw new UrlImportError(
      "forbidden_address",
      `${subject} points to ${reason} (${ip}); Margin only fetches public web pages. If the article is on an internal site, ${SAVE_INSTEAD}.`,
    );
  }
  return addresses;
}

/** Node's connect asks this instead of DNS: it can only ever answer the addresses already checked. */
function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_hostname, options, callback) => {
    if (options.all) callback(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  };
}

function openResponse(url: URL, addresses: string[], signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    // agent: false: a fresh connection per hop, never a pooled socket opened for another check.
    const request = client.request(
      url,
      { method: "GET", agent: false, lookup: pinnedLookup(addresses), signal, headers: HEADERS },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

function tooLarge(maxBytes: number): UrlImportError {
  return new UrlImportError(
    "too_large",
    `This page is larger than ${formatBytes(maxBytes)}, the most Margin fetches from a web page. Copy the article’s text from your browser and paste it instead.`,
  );
}

/** The body, decompressed, stopping (and closing the connection) as soon as it passes maxBytes. */
async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decompress = DECOMPRESSORS[encoding];
  if (!decompress && encoding !== "identity")
    throw new UrlImportError(
      "network",
      `The site sent the page compressed as “${encoding}”, which Margin cannot read; ${SAVE_INSTEAD}.`,
    );
  const body: Readable = decompress ? pipeline(response, decompress(), () => {}) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof UrlImportError || !(error as { code?: string }).code?.startsWith("Z_")) throw error;
    throw new UrlImportError("network", `The site sent a damaged compressed page; try again, or ${SAVE_INSTEAD}.`);
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks);
}

// Node 20.18.3+ decodes windows-1252 as Latin-1, turning 0x80–0x9F (€, curly quotes, dashes) into
// control characters (nodejs/node#60888); this maps them as the Encoding Standard does.
const WINDOWS_1252_C1 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ";
const fixWindows1252 = (text: string) => text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);

/** The page's encoding: a byte order mark, then the Content-Type charset, then <meta charset> (as browsers do). */
function decodeHtml(bytes: Buffer, contentType: string): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? "utf-8"
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? "utf-16be"
          : null;
  const header = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  // Browsers look for <meta charset> in the first 1024 bytes; a page cannot be UTF-16 and say so in ASCII.
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i
    .exec(bytes.subarray(0, 1024).toString("latin1"))?.[1]
    ?.replace(/^utf-16\w*$/i, "utf-8");
  const label = bom ?? header ?? meta;
  if (label) {
    try {
      const decoder = new TextDecoder(label);
      return decoder.encoding === "windows-1252" ? fixWindows1252(decoder.decode(bytes)) : decoder.decode(bytes);
    } catch {
      // An encoding TextDecoder does not know: read as UTF-8 below.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Undeclared and not UTF-8: the web's legacy default, as browsers assume.
    return label
      ? new TextDecoder("utf-8").decode(bytes)
      : fixWindows1252(new TextDecoder("windows-1252").decode(bytes));
  }
}

function describeNetworkError(error: unknown, host: string): UrlImportError {
  const code = (error as { code?: string }).code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA")
    return new UrlImportError("network", `Margin could not find the site “${host}”: check the address for typos.`);
  if (code === "ECONNREFUSED")
    return new UrlImportError(
      "network",
      `${host} refused the connection. Check the address (and port), or try again later.`,
    );
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code)) {
    return new UrlImportError(
      "network",
      `${host}’s secure connection could not be verified (${code}), so Margin did not read the page. Check the address, or ${SAVE_INSTEAD}.`,
    );
  }
  if (code.startsWith("HPE_"))
    return new UrlImportError("network", `${host} sent a response that is not valid HTTP; ${SAVE_INSTEAD}.`);
  // The error's own message may name the address connected to: the log keeps it, the person gets the code.
  console.warn(`[url-import] could not read ${host}:`, error);
  return new UrlImportError(
    "network",
    `Margin could not read the page from ${host}${code ? ` (${code})` : ""}. Check the address, or try again later.`,
  );
}

async function followToPage(
  start: URL,
  policy: FetchPolicy,
  signal: AbortSignal,
  aborted: Promise<never>,
): Promise<FetchedPage> {
  const maxRedirects = policy.maxRedirects ?? 5;
  const maxBytes = policy.maxBytes ?? MAX_IMPORT_BYTES;
  const visited = new Set<string>();
  let url = start;
  let from: URL | undefined;
  for (;;) {
    visited.add(url.href);
    const hop = url;
    const onHop = <T>(promise: Promise<T>) =>
      promise.catch((error: unknown) =>
        Promise.reject(
          error instanceof UrlImportError || signal.aborted ? error : describeNetworkError(error, hop.host),
        ),
      );
    const addresses = await onHop(resolveChecked(url, policy, from, aborted));
    const response = await onHop(openResponse(url, addresses, signal));
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      const next = parseTarget(location, url);
      if (visited.has(next.href))
        throw new UrlImportError(
          "too_many_redirects",
          `${url.href} redirects in a loop (back to ${next.href}), so there is no page to read. Open it in a browser to check, or ${SAVE_INSTEAD}.`,
        );
      if (visited.size > maxRedirects)
        throw new UrlImportError(
          "too_many_redirects",
          `${start.href} redirected more than ${maxRedirects} times; Margin stopped following. Open it in a browser and import the address it ends at.`,
        );
      [from, url] = [url, next];
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      const hint =
        status === 401 || status === 403
          ? "the page may need a login or subscription"
          : status === 404 || status === 410
            ? "check the address"
            : status === 429 || status >= 500
              ? "try again later"
              : "check the address";
      throw new UrlImportError(
        "http_error",
        `${url.host} answered ${status} ${http.STATUS_CODES[status] ?? ""}`.trimEnd() +
          ` for ${url.href}; ${hint}, or ${SAVE_INSTEAD}.`,
        status,
      );
    }
    const contentType = response.headers["content-type"] ?? "";
    const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mediaType) && !policy.extraMediaTypes?.includes(mediaType)) {
      response.destroy();
      const kind = mediaType
        ? `the site says it is “${mediaType}”`
        : "the site does not say what it is (no Content-Type)";
      throw new UrlImportError(
        "not_html",
        `${url.href} is not a web page: ${kind}. Margin imports web pages from URLs; download the file and import it if it is text, Markdown or HTML.`,
      );
    }
    if (Number(response.headers["content-length"]) > maxBytes) {
      response.destroy();
      throw tooLarge(maxBytes);
    }
    const body = await onHop(readBody(response, maxBytes));
    return { finalUrl: url.href, html: decodeHtml(body, contentType), contentType };
  }
}

/** Fetches an article page under the policy: public http(s) addresses, at most 5 redirects, 2 MB and 10 s. */
export async function fetchArticleHtml(url: string, policy: FetchPolicy = {}): Promise<FetchedPage> {
  const start = parseTarget(url);
  const timeoutMs = policy.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timeout = () =>
    new UrlImportError(
      "timeout",
      `${start.host} did not send the page within ${+(timeoutMs / 1000).toFixed(1)} seconds. The site may be slow or down: try again later, or ${SAVE_INSTEAD}.`,
    );
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener("abort", () => reject(timeout()), { once: true }),
  );
  aborted.catch(() => {}); // raced only while resolving; never unhandled
  try {
    return await followToPage(start, policy, controller.signal, aborted);
  } catch (error) {
    if (error instanceof UrlImportError) throw error;
    throw controller.signal.aborted ? timeout() : describeNetworkError(error, start.host);
  } finally {
    clearTimeout(timer);
  }
}
