// Where to go after signing in: only a path on this site, never another origin. The value comes
// from a link anyone can craft, so anything unusual falls back rather than being "repaired":
// control characters (browsers drop tabs and newlines, turning `/\t/evil.example` into
// `//evil.example`), backslashes (browsers read `\` as `/`), `//` (another host), and anything the
// URL parser would move off this origin. What passes is re-serialised by the URL parser, so
// non-ASCII and spaces come out percent-encoded and always fit in a Location header.
// The fallback is home (`/`), which sends a member of one workspace into it and anyone else to the list.
const BASE = "http://margin.invalid";
const MAX_LENGTH = 2048;

/** C0 controls, DEL, C1 controls and the backslash. */
export function hasControlOrBackslash(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x5c) return true;
  }
  return false;
}

export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || hasControlOrBackslash(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse to `//` (`/.//evil`): a path must not start with two slashes.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

/** For next-auth's redirect callback: an absolute URL on this origin or a path; anything else goes home. */
export function safeRedirectUrl(url: string, baseUrl: string, fallback = "/"): string {
  const base = baseUrl.replace(/\/$/, "");
  let candidate = url;
  if (url.startsWith(`${base}/`)) candidate = url.slice(base.length);
  else if (url === base) candidate = "/";
  return `${base}${safeCallbackUrl(candidate, fallback)}`;
}
