/**
 * Lets a few small reads that someone is waiting for (a cold panel's rep view) go before a long
 * background read (the team cache reading every row in pages, paged-read.ts). IndexedDB serves one
 * connection's requests in turn, and a page of 2,000 observations takes the worker ~100 ms to
 * receive: a rep's indexed reads queued behind a few of them cost the panel several times the read
 * itself. So the long read asks for its turn before each page, and waits while urgent reads run.
 */
export class ReadPriority {
  private urgentReads = 0;
  private waiting: (() => void)[] = [];

  /** Runs `read` ahead of the pages that have not started yet. */
  async urgent<T>(read: () => Promise<T>): Promise<T> {
    this.urgentReads += 1;
    try {
      return await read();
    } finally {
      this.urgentReads -= 1;
      if (this.urgentReads === 0) for (const resume of this.waiting.splice(0)) resume();
    }
  }

  /**
   * For the long read, before each page: resolves once no urgent read runs. It first lets the
   * current task finish, so an urgent read started by the same event (a tab's page context both
   * starts the team cache and asks for the rep's early view) is seen.
   */
  async turn(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.urgentReads > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
