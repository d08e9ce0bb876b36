import { z } from "zod";
import { describe, expect, it } from "vitest";
import { findUnknownField } from "./unknown-fields";

describe("findUnknownField", () => {
  const schema = z.object({ version: z.number(), selector: z.array(z.object({ type: z.string() })).optional() });

  it("names the first field the schema does not describe, with its path", () => {
    expect(findUnknownField(schema, { version: 1 })).toBeNull();
    expect(findUnknownField(schema, { version: 1, colour: "red" })).toBe("colour");
    expect(findUnknownField(schema, { version: 1, selector: [{ type: "x" }, { type: "y", colour: 1 }] })).toBe(
      "selector[1].colour",
    );
  });

  it("treats names of Object.prototype's members as unknown fields, not as schemas", () => {
    for (const key of ["toString", "constructor", "hasOwnProperty", "__proto__"]) {
      expect(findUnknownField(schema, JSON.parse(`{"version":1,"${key}":"0"}`) as unknown), key).toBe(key);
    }
  });
});
