import { describe, expect, it } from "vitest";
import { isNulInTextError, isUniqueConstraintError, toAppError } from "./app-error";

function prismaError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("PostgreSQL's refusal of NUL in text", () => {
  // The messages as Prisma 7 words them for a model query and for a raw one.
  const model = prismaError(
    "P2039",
    'Invalid `db.note.create()` invocation:\nDatabase error. Code: `22021`. Message: `invalid byte sequence for encoding "UTF8": 0x00`',
  );
  const raw = prismaError(
    "P2010",
    'Invalid `prisma.$executeRaw()` invocation:\nRaw query failed. Code: `22021`. Message: `invalid byte sequence for encoding "UTF8": 0x00`',
  );

  it("is recognised from model and raw queries alike, and answered as a validation error", () => {
    expect(isNulInTextError(model)).toBe(true);
    expect(isNulInTextError(raw)).toBe(true);
    expect(toAppError(raw)?.code).toBe("validation_failed");
  });

  it("is recognised from node-postgres itself (the note and verdict writes run below Prisma)", () => {
    const driver = prismaError("22021", 'invalid byte sequence for encoding "UTF8": 0x00');
    expect(isNulInTextError(driver)).toBe(true);
    expect(toAppError(driver)?.code).toBe("validation_failed");
  });

  it("is not any other raw query failure", () => {
    expect(isNulInTextError(prismaError("P2010", "Raw query failed. Code: `23503`. Message: `foreign key`"))).toBe(
      false,
    );
    expect(isNulInTextError(prismaError("P2002", "Unique constraint failed (22021)"))).toBe(false);
    expect(isNulInTextError("22021")).toBe(false);
    expect(toAppError(prismaError("P2010", "Raw query failed. Code: `23503`."))).toBeNull();
  });
});

describe("a unique constraint violation", () => {
  it("is a conflict whether Prisma, node-postgres or better-sqlite3 reports it", () => {
    for (const code of ["P2002", "23505", "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]) {
      expect(isUniqueConstraintError(prismaError(code, "duplicate"))).toBe(true);
      expect(toAppError(prismaError(code, "duplicate"))?.code).toBe("conflict");
    }
  });

  it("is not another constraint's violation", () => {
    for (const code of ["P2003", "23503", "SQLITE_CONSTRAINT_FOREIGNKEY", "SQLITE_CONSTRAINT_NOTNULL"])
      expect(isUniqueConstraintError(prismaError(code, "other"))).toBe(false);
  });
});
