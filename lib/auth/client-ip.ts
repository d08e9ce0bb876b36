// The client's address for rate limiting. Forwarded headers are only trusted behind a reverse
// proxy that sets them (TRUST_PROXY=1), otherwise anyone could pick their own address.
type HeaderBag = Record<string, string | string[] | undefined> | Headers;

export function clientIpFromHeaders(
  headers: HeaderBag,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  if (env.TRUST_PROXY !== "1") return null;
  const read = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip")?.trim() || null;
}
