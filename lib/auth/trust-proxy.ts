// TRUST_PROXY: how many reverse proxies in front of Margin append to X-Forwarded-For (and set
// X-Forwarded-Proto/Host). 0 or unset: none, forwarded headers are ignored; "1": one (nginx, the
// documented set-up). Anything else that is not a small whole number counts as none.
export function trustedProxyHops(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = env.TRUST_PROXY?.trim();
  if (!value || !/^\d{1,2}$/.test(value)) return 0;
  return Number(value);
}
