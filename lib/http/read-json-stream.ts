import "server-only";
// Parses a large JSON request body as it arrives (stream-json), so the body's text is never held
// whole beside the value it becomes: used for backups, up to their route's limit.
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parser } from "stream-json";
import Assembler from "stream-json/assembler.js";
import { AppError } from "../errors/app-error";

export async function readJsonStream(request: Request, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type))
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  if (!request.body) throw new AppError("bad_request", "The request has no body.");
  let size = 0;
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  const tokens = source.pipe(parser.asStream());
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      source.destroy();
      tokens.destroy();
      reject(error);
    };
    source.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limitBytes) fail(tooLarge(limitBytes));
    });
    source.on("error", () => fail(new AppError("bad_request", "The request body ended before it was complete.")));
    tokens.on("error", () => fail(new AppError("bad_request", "The request body is not valid JSON.")));
    tokens.on("end", () => {
      if (!settled)
        fail(
          new AppError(
            "bad_request",
            size ? "The request body is not valid JSON." : "The request body is empty; send a JSON object.",
          ),
        );
    });
    Assembler.connectTo(tokens, {
      onDone: (assembler) => {
        if (settled) return;
        settled = true;
        resolve(assembler.current);
      },
    });
  });
}

function tooLarge(limitBytes: number): AppError {
  return new AppError(
    "payload_too_large",
    `The request body is larger than ${Math.round(limitBytes / 1024 / 1024)} MB.`,
  );
}
