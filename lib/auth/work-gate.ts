// A ceiling on concurrent expensive work. Argon2 costs 19 MiB and tens of milliseconds of CPU per
// password check: a burst of sign-ins would otherwise queue on the CPU and slow every request
// (the health check went from 10 to 177 ms at 54 sign-ins a second). Work beyond the ceiling is
// refused at once with 429 "busy, try again", which costs nothing, rather than queued.
import { AppError } from "../errors/app-error";

export class WorkGate {
  private running = 0;

  constructor(
    readonly limit: number,
    private readonly busyMessage: string,
  ) {}

  get active(): number {
    return this.running;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) throw new AppError("rate_limited", this.busyMessage, { retryAfterSeconds: 2 });
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
    }
  }
}
