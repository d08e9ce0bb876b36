import { describe, expect, it } from "vitest";
import { contrastRatio, INK, readableTextOn, relativeLuminance, WHITE } from "./contrast";

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1);
    expect(relativeLuminance("#000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
    // The three rating badges the issue measured with white text.
    expect(contrastRatio("#65a30d", WHITE)).toBeCloseTo(3.09, 1);
    expect(contrastRatio("#ca8a04", WHITE)).toBeCloseTo(2.94, 1);
    expect(contrastRatio("#ea580c", WHITE)).toBeCloseTo(3.56, 1);
  });

  it("picks the text colour that reads best", () => {
    expect(readableTextOn("#65a30d")).toBe(INK);
    expect(readableTextOn("#dc2626")).toBe(WHITE);
    expect(readableTextOn("not a colour")).toBe(INK);
  });
});
