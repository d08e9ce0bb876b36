import { z } from "zod";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./app-error";

describe("fieldErrorsOf", () => {
  it("names unknown fields called like Object's own properties without failing", () => {
    const result = z
      .strictObject({ version: z.number() })
      .safeParse(JSON.parse('{"valueOf":"","toString":"","__proto__":1}'));
    expect(result.success).toBe(false);
    const fields = fieldErrorsOf(result.error!);
    expect(fields.valueOf).toEqual(["Unknown field."]);
    expect(fields.toString).toEqual(["Unknown field."]);
    expect(fields.version).toEqual(["Invalid input: expected number, received undefined"]);
  });
});
