// The messages the sign-in page shows for `?error=`: only codes from this fixed list are shown, so
// a link cannot make Margin's page display words of the link's author.
const SIGN_IN_ERROR_MESSAGES = {
  CredentialsSignin: "That e-mail and password do not match an account.",
  OAuthNoEmail: "Your provider did not share an e-mail address, so Margin cannot create your account.",
  OAuthEmailNotVerified:
    "Your provider has not verified your e-mail address, so Margin cannot use it. Verify it there, or sign in with your password.",
  OAuthAccountNotLinked: "This e-mail is already used by another sign-in method.",
  OAuthSignin: "Signing in with that provider did not work. Try again.",
  OAuthCallback: "Signing in with that provider did not work. Try again.",
  OAuthCreateAccount: "Margin could not create your account from that provider. Try again.",
  Callback: "Signing in did not work. Try again.",
  AccessDenied: "You do not have access. Ask your workspace's admin.",
  SessionRequired: "Sign in to continue.",
  SessionEnded: "Your session has ended. Sign in again.",
  Configuration: "Signing in is not set up correctly on this server. Tell your admin.",
  Default: "Signing in did not work. Try again.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERROR_MESSAGES;

export function isSignInErrorCode(code: unknown): code is SignInErrorCode {
  return typeof code === "string" && Object.hasOwn(SIGN_IN_ERROR_MESSAGES, code);
}

/** The message for a code from the fixed list; any other value gives the generic message; none gives null. */
export function signInErrorMessage(code: unknown): string | null {
  if (code === undefined || code === null || code === "") return null;
  if (isSignInErrorCode(code)) return SIGN_IN_ERROR_MESSAGES[code];
  return SIGN_IN_ERROR_MESSAGES.Default;
}
