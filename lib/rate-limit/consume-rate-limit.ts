// Fixed-window counters kept in the database, so every app instance shares them.
import type { Db } from "../db/client";

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

export async function consumeRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitResult> {
  const count = await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    if (!row || now.getTime() - row.windowStart.getTime() >= rule.windowMs) {
      await tx.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, windowStart: now },
        update: { count: 1, windowStart: now },
      });
      return { count: 1, windowStart: now };
    }
    const updated = await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return { count: updated.count, windowStart: updated.windowStart };
  });
  const retryAfterMs = count.windowStart.getTime() + rule.windowMs - now.getTime();
  return {
    allowed: count.count <= rule.limit,
    remaining: Math.max(0, rule.limit - count.count),
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  };
}

export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
