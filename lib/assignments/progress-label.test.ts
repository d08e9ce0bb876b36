import { describe, expect, it } from "vitest";
import { progressLabel } from "./progress-label";

describe("progress label", () => {
  it("says how many of the claims are rated, in the singular for one", () => {
    expect(progressLabel({ rated: 3, total: 5 })).toBe("3/5 claims");
    expect(progressLabel({ rated: 0, total: 1 })).toBe("0/1 claim");
    expect(progressLabel({ rated: 0, total: 0 })).toBe("no claims yet");
  });
});
