import { describe, expect, it } from "vitest";
import { isNulInTextError, toAppError } from "./app-error";

function prismaError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("PostgreSQL's refusal of NUL in text", () => {
  // The messages as Prisma 7 words them for a model query and for a raw one.
  const model = prismaError("P2039", "Invalid `db.note.create()` invocation:\nDatabase error. Code: `22021`. Message: `invalid byte sequence for encoding \"UTF8\": 0x00`");
  const raw = prismaError("P2010", "Invalid `prisma.$executeRaw()` invocation:\nRaw query failed. Code: `22021`. Message: `invalid byte sequence for encoding \"UTF8\": 0x00`");

  it("is recognised from model and raw queries alike, and answered as a validation error", () => {
    expect(isNulInTextError(model)).toBe(true);
    expect(isNulInTextError(raw)).toBe(true);
    expect(toAppError(raw)?.code).toBe("validation_failed");
  });

  it("is not any other raw query failure", () => {
    expect(isNulInTextError(prismaError("P2010", "Raw query failed. Code: `23503`. Message: `foreign key`"))).toBe(false);
    expect(isNulInTextError(prismaError("P2002", "Unique constraint failed (22021)"))).toBe(false);
    expect(isNulInTextError("22021")).toBe(false);
    expect(toAppError(prismaError("P2010", "Raw query failed. Code: `23503`."))).toBeNull();
  });
});
