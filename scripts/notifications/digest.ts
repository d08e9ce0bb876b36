// `npm run notifications:digest`: sends today's daily digests now (if no instance has yet), for a
// cron job instead of, or besides, the server's hourly check. Needs SMTP_URL.
import { getDb } from "../../lib/db/client";
import { mailConfigured } from "../../lib/mail/send-mail";
import { sendDailyDigests } from "../../lib/notifications/send-daily-digests";

if (!mailConfigured()) {
  console.error("SMTP_URL is not set: no e-mail can be sent.");
  process.exit(2);
}
const result = await sendDailyDigests(getDb(), new Date());
console.log(
  result.claimed
    ? `Daily digest: ${result.sent} sent, ${result.failed} failed.`
    : "Today's digest was already sent by another run.",
);
process.exit(result.failed ? 1 : 0);
