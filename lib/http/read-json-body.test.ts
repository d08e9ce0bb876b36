import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { readJsonBody } from "./api-handler";

function requestWithBody(body: ReadableStream<Uint8Array>) {
  return new Request("http://margin.test/api/v1/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
}

describe("readJsonBody", () => {
  it("answers a body cut off by the client with a 400, not a server error", async () => {
    const cutOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"body": "half a no'));
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    await expect(readJsonBody(requestWithBody(cutOff), 1024)).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.status === 400,
    );
  });

  it("reads a whole body", async () => {
    const whole = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"body": "whole"}'));
        controller.close();
      },
    });
    expect(await readJsonBody(requestWithBody(whole), 1024)).toEqual({ body: "whole" });
  });
});
