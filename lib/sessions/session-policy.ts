// How long a session lives, and how often its "last seen" time is written (at most once per
// interval, so reading pages does not turn every request into a write).
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;
