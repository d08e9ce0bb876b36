// The reader re-reads right after its own write (the author sees the result at once), and the live
// stream then echoes the same write back. This remembers the writes a page has already re-read so
// that the echo costs no second read; anyone else's change, and any change the page did not expect,
// still triggers one.

export interface EchoedChange {
  claimId: string | null;
  actorId: string | null;
}

export class OwnChanges {
  private expected: { claimId: string | null; until: number }[] = [];

  constructor(
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** This page wrote to `claimId` (null: to the article) and has re-read it. */
  expect(claimId: string | null): void {
    this.expected.push({ claimId, until: this.now() + this.windowMs });
  }

  /**
   * The changes of one live batch that still need a re-read. A write can log several changes (a
   * verdict also updates its claim's status): one expectation covers all of its claim's changes in
   * the batch, then is used up.
   */
  unexpected<C extends EchoedChange>(changes: C[], me: string): C[] {
    const now = this.now();
    this.expected = this.expected.filter((entry) => entry.until > now);
    const used = new Set<number>();
    const rest = changes.filter((change) => {
      if (change.actorId !== me) return true;
      const index = this.expected.findIndex((entry) => entry.claimId === change.claimId);
      if (index < 0) return true;
      used.add(index);
      return false;
    });
    this.expected = this.expected.filter((_, index) => !used.has(index));
    return rest;
  }
}
