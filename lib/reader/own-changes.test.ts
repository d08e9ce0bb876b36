import { describe, expect, it } from "vitest";
import { OwnChanges } from "./own-changes";

const ME = "me";

describe("OwnChanges", () => {
  it("skips the echo of a write the page already re-read, once", () => {
    const own = new OwnChanges();
    own.expect("c1");
    const echo = [
      { claimId: "c1", actorId: ME },
      { claimId: "c1", actorId: ME },
    ];
    expect(own.unexpected(echo, ME)).toEqual([]);
    expect(own.unexpected([{ claimId: "c1", actorId: ME }], ME)).toHaveLength(1);
  });

  it("keeps others' changes, own changes to other claims, and own changes from another tab", () => {
    const own = new OwnChanges();
    own.expect("c1");
    const batch = [
      { claimId: "c1", actorId: "someone-else" },
      { claimId: "c2", actorId: ME },
    ];
    expect(own.unexpected(batch, ME)).toEqual(batch);
    expect(new OwnChanges().unexpected([{ claimId: "c1", actorId: ME }], ME)).toHaveLength(1);
  });

  it("forgets an expectation whose echo never came", () => {
    let clock = 0;
    const own = new OwnChanges(1000, () => clock);
    own.expect("c1");
    clock = 1500;
    expect(own.unexpected([{ claimId: "c1", actorId: ME }], ME)).toHaveLength(1);
  });
});
