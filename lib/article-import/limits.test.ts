import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, oversizeTextMessage } from "./limits";

describe("oversizeTextMessage", () => {
  it("accepts text up to the limit, counted in UTF-8 bytes", () => {
    expect(oversizeTextMessage("x".repeat(MAX_IMPORT_BYTES))).toBeNull();
    // 3 bytes each in UTF-8: fewer characters than the limit, more bytes.
    expect(oversizeTextMessage("€".repeat(MAX_IMPORT_BYTES / 2))).toMatch(
      /^This text is 3\.0 MB; Margin imports articles up to 2 MB\./,
    );
  });

  it("says how large the text is", () => {
    expect(oversizeTextMessage("x".repeat(MAX_IMPORT_BYTES + 1))).toMatch(/This text is 2\.0 MB/);
  });
});
