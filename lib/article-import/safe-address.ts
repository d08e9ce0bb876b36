// Which IP addresses a URL import may connect to. The server that fetches a page sits inside
// networks the editor who typed the URL does not (the database, the cloud's metadata service at
// 169.254.169.254, other internal services): only globally routable unicast addresses are public.
// Ranges come from the IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and later);
// node:net's BlockList does the matching, and also matches IPv4-mapped IPv6 (::ffff:10.0.0.1)
// against the IPv4 ranges.
import { BlockList, isIP } from "node:net";

type Range = readonly [network: string, prefix: number];

// Checked in this order, so that the narrower description wins (255.255.255.255 is "broadcast",
// not "reserved"; ::1 is "this computer", not "IPv4-compatible").
const CATEGORIES: ReadonlyArray<readonly [description: string, ranges: readonly Range[]]> = [
  [
    "this computer (a loopback address)",
    [
      ["127.0.0.0", 8],
      ["::1", 128],
    ],
  ],
  [
    "a private network",
    [
      ["10.0.0.0", 8],
      ["172.16.0.0", 12],
      ["192.168.0.0", 16],
      ["fc00::", 7],
      ["fec0::", 10],
    ],
  ],
  ["a carrier-grade NAT (shared) network", [["100.64.0.0", 10]]],
  [
    "a link-local address (used by cloud metadata services)",
    [
      ["169.254.0.0", 16],
      ["fe80::", 10],
    ],
  ],
  [
    "a broadcast or multicast address",
    [
      ["255.255.255.255", 32],
      ["224.0.0.0", 4],
      ["ff00::", 8],
    ],
  ],
  [
    "a documentation or benchmarking range",
    [
      ["192.0.2.0", 24],
      ["198.51.100.0", 24],
      ["203.0.113.0", 24],
      ["198.18.0.0", 15],
      ["2001:db8::", 32],
      ["3fff::", 20],
      ["2001:2::", 48],
    ],
  ],
  [
    "a reserved or special-purpose address",
    [
      ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on most systems
      ["192.0.0.0", 24], // IETF protocol assignments
      ["192.88.99.0", 24], // deprecated 6to4 relay anycast
      ["240.0.0.0", 4], // reserved for future use
      ["::", 96], // unspecified (::) and deprecated IPv4-compatible addresses
      ["::ffff:0:0:0", 96], // IPv4-translated (RFC 2765)
      ["64:ff9b:1::", 48], // local-use NAT64: translates to private IPv4 networks
      ["100::", 64], // discard-only
      ["2001::", 23], // IETF protocol assignments, including Teredo tunnels
      ["2002::", 16], // 6to4 tunnels, which embed an IPv4 address of any kind
      ["5f00::", 16], // SRv6 segment identifiers
    ],
  ],
];

const BLOCK_LISTS = CATEGORIES.map(([description, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, isIP(network) === 6 ? "ipv6" : "ipv4");
  return [description, list] as const;
});

// The NAT64 well-known prefix carries an IPv4 address in its last 32 bits; on an IPv6-only network
// every IPv4 site resolves into it, so it is judged by the address it carries.
const NAT64 = new BlockList();
NAT64.addSubnet("64:ff9b::", 96, "ipv6");

/** The 16-bit groups of an IPv6 address (zone removed), via the URL parser's canonical form. */
function ipv6Groups(ip: string): number[] | null {
  let canonical: string;
  try {
    canonical = new URL(`http://[${ip.replace(/%.*$/, "")}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const [head = "", tail] = canonical.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function embeddedIPv4(ip: string): string | null {
  if (!NAT64.check(ip, "ipv6")) return null;
  const groups = ipv6Groups(ip);
  const high = groups?.[6];
  const low = groups?.[7];
  if (high === undefined || low === undefined) return null;
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/**
 * What kind of non-public destination an address is, in words for an error message
 * ("a private network"), or null for a public address. Anything that is not an IP address is
 * refused too ("not an IP address"), so that a caller's mistake cannot open a hole.
 */
export function describeForbiddenAddress(ip: string): string | null {
  const family = isIP(ip);
  if (family === 0) return "not an IP address";
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const [description, list] of BLOCK_LISTS) if (list.check(ip, type)) return description;
  const carried = family === 6 ? embeddedIPv4(ip) : null;
  return carried ? describeForbiddenAddress(carried) : null;
}

/** True for any address a URL import must not connect to unless an administrator allows it. */
export function isForbiddenAddress(ip: string): boolean {
  return describeForbiddenAddress(ip) !== null;
}

const LOOPBACK = BLOCK_LISTS[0]![1];

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms: for policies that allow only this computer (tests, local development). */
export function isLoopbackAddress(ip: string): boolean {
  const family = isIP(ip);
  return family !== 0 && LOOPBACK.check(ip, family === 4 ? "ipv4" : "ipv6");
}
