// What each kind of notification says. Safe in the browser (the inbox) and on the server (e-mails).
// None carries a rating: a reader learns what the rating was by opening the claim, through the
// data layer, where blind review applies.

export const NOTIFICATION_KINDS = [
  "assigned",
  "reply",
  "mention",
  "disagreement",
  "verdict_published",
  "claim_deleted",
  "claim_restored",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_DELIVERIES = ["in_app", "immediate", "daily"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  in_app: "In Margin only",
  immediate: "Also by e-mail, at once",
  daily: "Also by e-mail, in a daily digest",
};

/** "Wen Li assigned you a claim", with "Someone" for an actor no longer known. */
export function describeNotification(kind: string, actorName: string | null, hasClaim: boolean): string {
  const who = actorName ?? "Someone";
  switch (kind) {
    case "assigned":
      return `${who} assigned you ${hasClaim ? "a claim" : "an article"} to review`;
    case "reply":
      return `${who} replied to your note`;
    case "mention":
      return `${who} mentioned you in a note`;
    case "disagreement":
      return `${who} submitted a verdict that disagrees with yours`;
    case "verdict_published":
      return `${who} published the final verdict on a claim you worked on`;
    case "claim_deleted":
      return `${who} moved your claim to the trash`;
    case "claim_restored":
      return `${who} restored your claim from the trash`;
    default:
      return `${who} did something you may want to see`;
  }
}

/** Where a notification leads: the claim in its article, or the article when the claim is gone. */
export function notificationHref(n: {
  workspaceSlug: string;
  articleId: string | null;
  claimId: string | null;
  kind: string;
}): string {
  if (!n.articleId) return `/w/${n.workspaceSlug}`;
  const article = `/w/${n.workspaceSlug}/articles/${n.articleId}`;
  return n.claimId && n.kind !== "claim_deleted" ? `${article}?claim=${encodeURIComponent(n.claimId)}` : article;
}
