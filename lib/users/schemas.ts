import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/password-rules";

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid e-mail address."));

const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(100, "Keep your name under 100 characters."),
  email: emailSchema,
  password: newPasswordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordSchema,
});

export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z.strictObject({
  token: z.string().min(1).max(200),
  password: newPasswordSchema,
});

export const issuePasswordResetSchema = z.strictObject({ membershipId: z.string().min(1).max(100) });

export const deleteAccountSchema = z.strictObject({
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
});
