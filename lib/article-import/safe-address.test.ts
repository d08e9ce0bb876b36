import { describe, expect, it } from "vitest";
import { describeForbiddenAddress, isForbiddenAddress, isLoopbackAddress } from "./safe-address";

describe("isForbiddenAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.5", "private network"],
    ["172.16.0.1", "private network"],
    ["172.31.255.255", "private network"],
    ["192.168.1.1", "private network"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.254", "carrier-grade NAT"],
    ["169.254.169.254", "link-local"],
    ["169.254.0.1", "link-local"],
    ["0.0.0.0", "reserved"],
    ["0.1.2.3", "reserved"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.99", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["192.0.0.8", "reserved"],
  ])("refuses IPv4 %s (%s)", (ip, kind) => {
    expect(isForbiddenAddress(ip)).toBe(true);
    expect(describeForbiddenAddress(ip)).toContain(kind);
  });

  it.each([
    ["::1", "loopback"],
    ["::", "reserved"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fc00::1", "private network"],
    ["fd12:3456:789a::1", "private network"],
    ["FD00::ABCD", "private network"],
    ["fec0::1", "private network"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["3fff:0fff::1", "documentation"],
    ["2001:2::1", "benchmarking"],
    ["2001:0:4136:e378::1", "reserved"], // Teredo
    ["2002:0a00:0001::1", "reserved"], // 6to4 of 10.0.0.1
    ["64:ff9b:1::a00:1", "reserved"],
    ["100::1", "reserved"],
    ["::a00:1", "reserved"], // IPv4-compatible
  ])("refuses IPv6 %s (%s)", (ip, kind) => {
    expect(isForbiddenAddress(ip)).toBe(true);
    expect(describeForbiddenAddress(ip)).toContain(kind);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
    ["::ffff:10.0.0.1", "private network"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::ffff:0.0.0.0", "reserved"],
    ["64:ff9b::10.0.0.1", "private network"], // NAT64 of a private address
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["::ffff:0:a00:1", "reserved"], // IPv4-translated
  ])("judges IPv4 carried in IPv6 (%s) by the IPv4 address (%s)", (ip, kind) => {
    expect(isForbiddenAddress(ip)).toBe(true);
    expect(describeForbiddenAddress(ip)).toContain(kind);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.255.255",
    "192.0.3.1",
    "198.20.0.1",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:81c::200e",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808", // NAT64 of 8.8.8.8
  ])("allows the public address %s", (ip) => {
    expect(isForbiddenAddress(ip)).toBe(false);
    expect(describeForbiddenAddress(ip)).toBeNull();
  });

  it.each(["", "localhost", "example.com", "127.1", "0x7f.0.0.1", "2130706433", "1.2.3.4.5", "::ffff::1", "[::1]"])(
    "refuses %j, which is not an IP address",
    (input) => {
      expect(isForbiddenAddress(input)).toBe(true);
      expect(describeForbiddenAddress(input)).toBe("not an IP address");
    },
  );
});

describe("isLoopbackAddress", () => {
  it("is true for loopback in every form and false for every other address", () => {
    for (const ip of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1"])
      expect(isLoopbackAddress(ip)).toBe(true);
    for (const ip of ["10.0.0.1", "169.254.169.254", "::", "fe80::1", "8.8.8.8", "localhost", ""])
      expect(isLoopbackAddress(ip)).toBe(false);
  });
});
