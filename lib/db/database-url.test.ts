import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { resolveDatabaseTarget } from "./database-url";

describe("resolveDatabaseTarget", () => {
  it("defaults to an SQLite file under DATA_DIR", () => {
    expect(resolveDatabaseTarget({ DATA_DIR: "/tmp/margin-x" })).toEqual({
      provider: "sqlite",
      url: "/tmp/margin-x/margin.db",
    });
    expect(resolveDatabaseTarget({}).url).toBe(resolve("data/margin.db"));
  });

  it("recognises PostgreSQL URLs", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgresql://u@h:5432/db" }).provider).toBe("postgresql");
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgres://u@h/db" }).provider).toBe("postgresql");
  });

  it("accepts file: URLs, relative and absolute", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "file:./x.db" }).url).toBe(resolve("x.db"));
    expect(resolveDatabaseTarget({ DATABASE_URL: "file:/var/m.db" }).url).toBe("/var/m.db");
  });

  it("refuses other schemes with a message naming the accepted ones", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\/.*file:/);
  });
});
