import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validationError } from "./app-error";

const schema = z.strictObject({ body: z.string(), version: z.number() });

describe("validationError", () => {
  it("names an unknown field first, in the message and in the field errors", () => {
    const result = schema.safeParse({ body: "x", version: "1", sourceIdz: [] });
    const error = validationError(result.error!);
    expect(error.message).toBe('Unknown field "sourceIdz": remove it or check its spelling.');
    expect(error.details).toEqual({
      fields: { sourceIdz: ["Unknown field."], version: [expect.stringMatching(/number/)] },
    });
  });

  it("takes fields named like Object.prototype's members as plain names", () => {
    const body = JSON.parse('{"toString": {}, "__proto__": 1, "body": "x", "version": 1}') as unknown;
    const error = validationError(schema.safeParse(body).error!);
    const fields = (error.details as { fields: Record<string, string[]> }).fields;
    expect(fields.toString).toEqual(["Unknown field."]);
    expect(Object.keys(fields).sort()).toEqual(["__proto__", "toString"]);
  });
});
