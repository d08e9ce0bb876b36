import "server-only";
// Tells a person by e-mail that their password changed or was reset (ASVS 2.2.3), so a change
// they did not make does not go unnoticed. Nothing happens when mail is not configured; a mail
// server that fails is logged and does not undo the change.
import { sendMail } from "../mail/send-mail";

export async function notifyPasswordChanged(user: { name: string; email: string }, how: "changed" | "reset") {
  try {
    await sendMail({
      to: user.email,
      subject: "Your Margin password was " + how,
      text: [
        `Hello ${user.name},`,
        "",
        `The password of your Margin account (${user.email}) was just ${how}, and every other signed-in browser was signed out.`,
        "",
        "If this was not you, ask an admin of your workspace for a password reset link at once, and tell them.",
      ].join("\n"),
    });
  } catch (error) {
    console.error("[mail] could not send the password notice", error);
  }
}
