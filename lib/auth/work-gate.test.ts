import { describe, expect, it } from "vitest";
import { WorkGate } from "./work-gate";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("WorkGate", () => {
  it("runs up to its limit at once and refuses more at once with 429, until a slot frees", async () => {
    const gate = new WorkGate(2, "busy");
    const first = deferred();
    const second = deferred();
    const running = [gate.run(() => first.promise), gate.run(() => second.promise)];
    expect(gate.active).toBe(2);
    await expect(gate.run(async () => "third")).rejects.toMatchObject({ code: "rate_limited", status: 429 });
    first.resolve();
    await running[0];
    await expect(gate.run(async () => "third")).resolves.toBe("third");
    second.resolve();
    await running[1];
    expect(gate.active).toBe(0);
  });

  it("frees the slot when the work fails", async () => {
    const gate = new WorkGate(1, "busy");
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.run(async () => 1)).resolves.toBe(1);
  });
});
