// Whose address a request has: the connection's peer unless that peer is a configured
// proxy; then X-Forwarded-For read from the right, skipping trusted proxies. A header the
// caller wrote never replaces the address of the connection.
import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, requestIp, TrustedProxies } from "./client-address.js";

const none = new TrustedProxies("");
const proxies = new TrustedProxies("10.0.0.5, 192.168.1.0/24 fd00::/8");
const headers = (xff?: string) => ({ get: (n: string) => (n === "x-forwarded-for" ? (xff ?? null) : n === "x-real-ip" ? "6.6.6.6" : null) });

describe("the caller's address", () => {
  it("is the connection's peer when no proxy is configured, whatever the headers say", () => {
    expect(requestIp(headers("203.0.113.9"), "198.51.100.4", none)).toBe("198.51.100.4");
    expect(requestIp(headers(), "::ffff:198.51.100.4", none)).toBe("198.51.100.4");
    expect(requestIp(headers("203.0.113.9"), null, none)).toBeNull();
  });

  it("is the peer when the peer is not a trusted proxy, even with proxies configured", () => {
    expect(clientAddress("198.51.100.4", "203.0.113.9", proxies)).toBe("198.51.100.4");
  });

  it("is read from the right of X-Forwarded-For through trusted proxies only", () => {
    // The caller wrote "1.1.1.1"; the proxy 10.0.0.5 appended what it saw: 203.0.113.9.
    expect(clientAddress("10.0.0.5", "1.1.1.1, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two proxies in a row (192.168.1.7 in the trusted range, then 10.0.0.5).
    expect(clientAddress("10.0.0.5", "1.1.1.1, 203.0.113.9, 192.168.1.7", proxies)).toBe("203.0.113.9");
    expect(clientAddress("fd00::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
    // Ports and brackets as some proxies write them.
    expect(clientAddress("10.0.0.5", "203.0.113.9:5123", proxies)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.5", "[2001:db8::7]:443", proxies)).toBe("2001:db8::7");
  });

  it("stays with the last proxy when the forwarded list is missing or not an address", () => {
    expect(clientAddress("10.0.0.5", null, proxies)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "unknown, <script>", proxies)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "192.168.1.7", proxies)).toBe("192.168.1.7"); // every hop a proxy: the leftmost
  });

  it("refuses a setting that is not addresses or ranges, naming the entry", () => {
    expect(() => new TrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => new TrustedProxies("proxy.local")).toThrow(/proxy\.local/);
    expect(normalizeAddress("not an address")).toBeNull();
  });
});
