import { describe, expect, it } from "vitest";
import { claimIdsOfRun, runKeys, runsOfClaim } from "./highlight-keys";

const claims = Array.from({ length: 40 }, (_, i) => ({ id: `claim-${i}` }));

describe("highlight run keys", () => {
  it("names each claim by its place in base 36 and reads the names back", () => {
    const keys = runKeys(claims);
    expect(keys.get("claim-0")).toBe("0");
    expect(keys.get("claim-35")).toBe("z");
    expect(keys.get("claim-36")).toBe("10");
    const run = ["claim-36", "claim-2"].map((id) => keys.get(id)).join(" ");
    expect(claimIdsOfRun(run, claims)).toEqual(["claim-36", "claim-2"]);
  });

  it("ignores names that are not keys of the list", () => {
    expect(claimIdsOfRun("zz 1 -1 __proto__", claims)).toEqual(["claim-1"]);
  });

  it("selects one claim's runs, and none for a claim not drawn", () => {
    expect(runsOfClaim("claim-37", claims)).toBe('mark[data-claims~="11"]');
    expect(runsOfClaim("gone", claims)).toBeNull();
  });
});
