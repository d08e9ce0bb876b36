import { describe, expect, inject, it } from "vitest";
import { withStartupLock } from "./startup-lock";

const target = { provider: "postgresql" as const, url: inject("databaseUrl") };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("start-up lock", () => {
  it("lets instances starting together do their start-up work one at a time", async () => {
    const log: string[] = [];
    const instance = (name: string) =>
      withStartupLock(target, async () => {
        log.push(`${name} in`);
        await pause(300);
        log.push(`${name} out`);
        return name;
      });
    const results = await Promise.all([instance("a"), instance("b"), instance("c")]);
    expect(results).toEqual(["a", "b", "c"]);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]!.replace(" in", " out"));
  });

  it("releases the lock when the work fails", async () => {
    await expect(withStartupLock(target, async () => Promise.reject(new Error("migration failed")))).rejects.toThrow(
      "migration failed",
    );
    await expect(withStartupLock(target, async () => "next instance")).resolves.toBe("next instance");
  });
});
