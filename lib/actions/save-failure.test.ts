import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { callAction } from "./call-action";
import { failureFromResult, failureFromThrown } from "./save-failure";

describe("what a failed save tells a person", () => {
  it("says offline, unreachable or server trouble when no answer came, always retryable, text kept", () => {
    const offline = failureFromThrown(new TypeError("Failed to fetch"), false);
    const network = failureFromThrown(new TypeError("Failed to fetch"), true);
    const server = failureFromThrown(new Error("An unexpected response was received from the server."), true);
    expect([offline.code, network.code, server.code]).toEqual(["offline", "network", "server_unavailable"]);
    for (const failure of [offline, network, server]) {
      expect(failure.retryable).toBe(true);
      expect(failure.message).toMatch(/not saved/);
      expect(failure.message).toMatch(/still here/);
    }
    expect(offline.message).toMatch(/offline/);
    expect(failureFromThrown(new Error("NetworkError when attempting to fetch resource."), true).code).toBe("network");
    expect(failureFromThrown("weird", true).code).toBe("server_unavailable");
  });

  it("passes on the server's message for 4xx and 5xx, and offers a retry only where sending again can help", () => {
    const validation = failureFromResult({
      ok: false,
      code: "validation_failed",
      error: "body: A note needs text.",
      fieldErrors: { body: ["A note needs text."] },
    });
    expect(validation).toMatchObject({ retryable: false, fieldErrors: { body: ["A note needs text."] } });
    expect(validation.message).toBe("body: A note needs text.");
    expect(failureFromResult({ ok: false, code: "forbidden", error: "Only editors." }).retryable).toBe(false);
    const internal = failureFromResult({ ok: false, code: "internal", error: "Something went wrong on our side." });
    expect(internal.retryable).toBe(true);
    expect(internal.message).toMatch(/^Something went wrong on our side\. .*still here/);
    expect(failureFromResult({ ok: false, code: "rate_limited", error: "Slow down." }).retryable).toBe(true);
    expect(failureFromResult({ ok: false, code: "unauthenticated", error: "Sign in." }).message).toMatch(
      /Sign in again/,
    );
  });

  it("on a conflict, names what happened and carries the version to save over it", () => {
    const conflict = failureFromResult({
      ok: false,
      code: "conflict",
      error: "This note was changed by Rosa meanwhile. Review the current version and try again.",
      details: { current: { id: "n1", version: 4, body: "theirs" } },
    });
    expect(conflict).toMatchObject({ code: "conflict", retryable: true, currentVersion: 4 });
    expect(conflict.message).toMatch(/Rosa meanwhile.*still here/);
    expect(
      failureFromResult({ ok: false, code: "conflict", error: "x", details: { current: {} } }).currentVersion,
    ).toBe(undefined);
  });

  it("tells a conflict without offering to save over it when the save must not (publishing)", () => {
    const publishing = failureFromResult(
      { ok: false, code: "conflict", error: "Changed by Rosa meanwhile.", details: { current: { version: 4 } } },
      { overwriteOnConflict: false },
    );
    expect(publishing).toEqual({
      code: "conflict",
      message: "Changed by Rosa meanwhile.",
      fieldErrors: {},
      retryable: false,
    });
  });

  it("turns a rejected or malformed server action into a failure instead of throwing", async () => {
    const rejected = await callAction(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(rejected).toMatchObject({ ok: false, failure: { code: "network" } });
    const malformed = await callAction(() => Promise.resolve(undefined as never));
    expect(malformed).toMatchObject({ ok: false, failure: { code: "server_unavailable" } });
    expect(await callAction(() => Promise.resolve({ ok: true as const, data: 7 }))).toEqual({ ok: true, data: 7 });
  });

  it("lets a redirect from the action through to Next.js instead of calling it a failure", async () => {
    let redirectError: unknown;
    try {
      redirect("/w/demo");
    } catch (error) {
      redirectError = error;
    }
    await expect(callAction(() => Promise.reject(redirectError))).rejects.toBe(redirectError);
  });
});
