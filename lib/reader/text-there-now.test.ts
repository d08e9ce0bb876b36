import { describe, expect, it } from "vitest";
import { sharedWordShare, textThereNow } from "./text-there-now";

describe("text there now", () => {
  const quote = "Rents rose 8% in Leeds last year";

  it("shows a rewritten paragraph that still shares the quote's words", () => {
    expect(textThereNow(quote, "In Leeds, rents rose by 9% over the year.")).toEqual({
      text: "In Leeds, rents rose by 9% over the year.",
      related: true,
    });
  });

  it("does not pass off the next paragraph as the claim's when its own was deleted", () => {
    expect(textThereNow(quote, "The mayor opened a new bridge on Tuesday.").related).toBe(false);
    expect(textThereNow(quote, "   ").related).toBe(false);
  });

  it("counts figures and ignores short words", () => {
    expect(sharedWordShare("It is 8%", "8 of them")).toBe(1);
    expect(sharedWordShare("a an of", "a an of")).toBe(0);
  });
});
