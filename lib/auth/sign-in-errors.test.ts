import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-errors";

describe("signInErrorMessage", () => {
  it("shows the message of a known code", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("That e-mail and password do not match an account.");
  });
  it("never shows the words a link carries", () => {
    expect(signInErrorMessage("Your account is locked; call +1 555 0100")).toBe("Signing in did not work. Try again.");
    expect(signInErrorMessage("toString")).toBe("Signing in did not work. Try again.");
    expect(signInErrorMessage(["CredentialsSignin", "x"])).toBe("Signing in did not work. Try again.");
  });
  it("shows nothing without a code", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
