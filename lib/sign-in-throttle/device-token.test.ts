import { describe, expect, it } from "vitest";
import { issueDeviceToken, readDeviceToken } from "./device-token";

const SECRET = "device-secret-for-tests";

describe("the device cookie", () => {
  it("names the account and a random device, and reads back only under the same secret", () => {
    const first = issueDeviceToken(SECRET, "user-1");
    const second = issueDeviceToken(SECRET, "user-1");
    expect(first).not.toBe(second);
    expect(readDeviceToken(SECRET, first)).toMatchObject({ userId: "user-1" });
    expect(readDeviceToken(SECRET, first)!.deviceId).not.toBe(readDeviceToken(SECRET, second)!.deviceId);
    expect(readDeviceToken("another secret", first)).toBeNull();
  });

  it("refuses a token whose account or device was changed, and malformed values", () => {
    const [, deviceId, mac] = issueDeviceToken(SECRET, "user-1").split(".");
    const otherUser = Buffer.from("user-2").toString("base64url");
    expect(readDeviceToken(SECRET, `${otherUser}.${deviceId}.${mac}`)).toBeNull();
    const [user] = issueDeviceToken(SECRET, "user-1").split(".");
    expect(readDeviceToken(SECRET, `${user}.AAAAAAAAAAAAAAAAAAAAAA.${mac}`)).toBeNull();
    for (const value of [null, undefined, "", "a.b", "a.b.c.d", "a.b.c", "x y.z.w"])
      expect(readDeviceToken(SECRET, value)).toBeNull();
  });
});
