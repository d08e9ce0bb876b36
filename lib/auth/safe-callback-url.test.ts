import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeRedirectUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/w/desk/articles?tab=claims#c1", "/w/desk/articles?tab=claims#c1"],
    ["/invite/abc", "/invite/abc"],
    ["/w/caf\u00e9", "/w/caf%C3%A9"],
    ["/a b", "/a%20b"],
    ["/a/../b", "/b"],
  ])("keeps a path on this site: %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    "/\t/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "/\n/evil.example",
    "/\r\nSet-Cookie: x=1",
    "/\u0000x",
    "/\u0085x",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/" + "a".repeat(3000),
  ])("falls back for %j", (input) => {
    expect(safeCallbackUrl(input)).toBe("/");
  });

  it("falls back for values that are not one string (repeated query parameters)", () => {
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
  });

  it("always answers a same-origin path that fits in a Location header, for any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.webUrl()), (input) => {
        const result = safeCallbackUrl(`/${input}`);
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        expect(result).toMatch(/^[\x21-\x7e]*$/);
        expect(new URL(result, "http://margin.test").origin).toBe("http://margin.test");
      }),
      { numRuns: 500 },
    );
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it("keeps this origin's URLs and paths", () => {
    expect(safeRedirectUrl("http://localhost:3000/w/desk", base)).toBe("http://localhost:3000/w/desk");
    expect(safeRedirectUrl("/sign-in", base)).toBe("http://localhost:3000/sign-in");
  });
  it("sends other origins and crafted paths home", () => {
    expect(safeRedirectUrl("https://evil.example/", base)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("http://localhost:3000.evil.example/", base)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("/\t/evil.example", base)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("http://localhost:3000//evil.example", base)).toBe("http://localhost:3000/");
  });
});
