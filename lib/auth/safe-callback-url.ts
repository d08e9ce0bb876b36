// Where to go after signing in: only paths on this site, never another origin.
export function safeCallbackUrl(value: string | null | undefined, fallback = "/workspaces"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
