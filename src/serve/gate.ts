/** What a {@link Gate} answers when it is full. */
export class GateFull extends Error {
  constructor() {
    super('too many requests in progress');
    this.name = 'GateFull';
  }
}

/**
 * At most `active` requests hold a place at once; up to `queue` more wait their turn; any beyond that are
 * refused at once (the server answers 503 rather than piling up work it cannot finish in time).
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly active: number,
    private readonly queue: number,
  ) {}

  /**
   * Waits for a place and returns the function that gives it back (once; later calls do nothing). Rejects
   * with {@link GateFull} when every place is taken and the queue is full.
   */
  async acquire(): Promise<() => void> {
    if (this.running >= this.active) {
      if (this.waiting.length >= this.queue) throw new GateFull();
      // The place is handed over by release(): `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }

  /** Requests holding a place and waiting for one. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
