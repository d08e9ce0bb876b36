// Vitest stand-in for the "server-only" package, which throws outside a React Server Component build.
export {};
