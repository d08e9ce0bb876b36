// Ids that appear in URLs and API answers must not be guessable: every model's id is a random
// UUID, except the few listed here with the reason their counter may show.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const NOT_RANDOM: Record<string, string> = {
  // Its id is the live stream's event id (Last-Event-ID); the stream checks membership and the
  // article before it reads any entry (lib/live/article-event-stream.ts).
  AuditLog: "autoincrement",
  // Internal full-text index rows; never in a URL or an answer.
  SearchEntry: "autoincrement",
  // The library's full-text key (SQLite's FTS5 refers to rows by an integer); answers name a known
  // fact-check by its address, never by this id.
  KnownFactCheck: "autoincrement",
  // The connection's id, made by the server with randomUUID (lib/live/presence.ts).
  Presence: "set by code",
  // Keyed by "sign-in:email:…": internal, never exposed.
  RateLimit: "natural key",
  // Keyed by the secret's name ("nextauth"): read by the server only, never exposed.
  InstanceSecret: "natural key",
  // Keyed by the UTC day whose digest an instance claimed ("2026-12-06"): internal, never exposed.
  NotificationDigestRun: "natural key",
  // Keyed by a hash of what is counted (an account, a client address): internal, never exposed.
  SignInFailureCount: "natural key",
};

function modelIds(schema: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const idLine = body!.split("\n").find((line) => /\s@id\b/.test(line));
    if (!idLine) {
      ids[name!] = /@@id\(/.test(body!) ? "composite" : "none";
      continue;
    }
    const def = /@default\((\w+)\(\)\)/.exec(idLine)?.[1];
    ids[name!] =
      def ??
      (/^\s*(id|key|name|day)\s+String\s+@id\s*$/.test(idLine)
        ? /^\s*id\b/.test(idLine)
          ? "set by code"
          : "natural key"
        : idLine.trim());
  }
  return ids;
}

describe("model ids", () => {
  const schema = readFileSync(join(process.cwd(), "prisma/schema.prisma"), "utf8");
  const ids = modelIds(schema);

  it("reads every model of the schema", () => {
    expect(Object.keys(ids).length).toBeGreaterThan(20);
  });

  it("gives every model a random UUID id, except the listed ones (and join tables keyed by both sides)", () => {
    const unexpected = Object.entries(ids).filter(
      ([name, kind]) => kind !== "uuid" && kind !== "composite" && NOT_RANDOM[name] !== kind,
    );
    expect(unexpected).toEqual([]);
    for (const name of Object.keys(NOT_RANDOM)) expect(ids[name], name).toBe(NOT_RANDOM[name]);
  });

  it("uses UUIDs that are random (version 4), not time-ordered or sequential", () => {
    // Prisma's uuid() is v4; a switch to uuid(7) or cuid would show up here.
    expect(schema).not.toMatch(/@default\(uuid\(7\)\)|@default\(cuid/);
  });
});
