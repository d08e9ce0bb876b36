import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "./client-ip";

const ONE = { TRUST_PROXY: "1" };

describe("clientIpFromHeaders", () => {
  it("ignores forwarded headers unless TRUST_PROXY names the proxies", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "203.0.113.9" }, {})).toBeNull();
    expect(clientIpFromHeaders({ "x-forwarded-for": "203.0.113.9" }, { TRUST_PROXY: "yes" })).toBeNull();
  });

  it("takes the address the trusted proxy saw, not one the client wrote (nginx appends to X-Forwarded-For)", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it saw.
    expect(clientIpFromHeaders({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }, ONE)).toBe("198.51.100.7");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4,198.51.100.7" }), ONE)).toBe("198.51.100.7");
    expect(clientIpFromHeaders({ "x-forwarded-for": ["1.2.3.4", "198.51.100.7"] }, ONE)).toBe("198.51.100.7");
    expect(clientIpFromHeaders({ "x-real-ip": "1.2.3.4" }, ONE)).toBeNull();
  });

  it("counts hops from the right with more proxies", () => {
    const headers = { "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" };
    expect(clientIpFromHeaders(headers, { TRUST_PROXY: "2" })).toBe("198.51.100.7");
    expect(clientIpFromHeaders({ "x-forwarded-for": "10.0.0.2" }, { TRUST_PROXY: "2" })).toBeNull();
  });
});
