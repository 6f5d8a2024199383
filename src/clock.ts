/** Time as the desk sees it: tests and benchmarks replace it to move through hours in no time. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A clock that only moves when told to; sleeping advances it at once. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: Date | string = "2026-11-25T09:00:00Z") {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(when: Date | string): void {
    this.t = new Date(when).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
  async sleep(ms: number): Promise<void> {
    this.t += Math.max(0, ms);
    await Promise.resolve();
  }
}

/** Real time shifted to start at a chosen instant (training runs and end-to-end tests). */
export function offsetClock(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    sleep: systemClock.sleep,
  };
}
