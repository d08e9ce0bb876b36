// Password rules shared by the server (lib/users/schemas.ts) and the sign-up form.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
