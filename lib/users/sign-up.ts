import type { Db } from "../db/client";
import { AppError, isUniqueConstraintError } from "../errors/app-error";
import { hashPassword } from "../auth/password";
import { weakPasswordProblem } from "./password-policy";
import { signUpSchema } from "./schemas";

/** Creates an account with e-mail and password. Returns only what is safe to show. */
export async function signUp(db: Db, options: { input: unknown }) {
  const { name, email, password } = signUpSchema.parse(options.input);
  const weak = weakPasswordProblem(password, [name, email]);
  if (weak) throw new AppError("validation_failed", weak, { fields: { password: [weak] } });
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { name, email, passwordHash },
      select: { id: true, name: true, email: true },
    });
  } catch (error) {
    if (isUniqueConstraintError(error)) throw emailTaken();
    throw error;
  }
}

function emailTaken(): AppError {
  return new AppError("conflict", "An account with this e-mail already exists. Sign in instead.", {
    fields: { email: ["An account with this e-mail already exists. Sign in instead."] },
  });
}
