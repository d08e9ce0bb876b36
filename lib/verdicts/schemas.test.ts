import { describe, expect, it } from "vitest";
import { saveVerdictSchema } from "./schemas";

describe("saveVerdictSchema", () => {
  it("asks for a confidence instead of assuming one", () => {
    const result = saveVerdictSchema.safeParse({ ratingId: "r1" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === "confidence")?.message).toBe(
      "Choose your confidence, from 0 to 100%.",
    );
  });

  it("accepts a chosen confidence, 0 included", () => {
    expect(saveVerdictSchema.parse({ ratingId: "r1", confidence: 0 }).confidence).toBe(0);
    expect(saveVerdictSchema.parse({ ratingId: "r1", confidence: 85 }).confidence).toBe(85);
  });
});
