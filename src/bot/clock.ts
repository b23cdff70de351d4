export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: replay and tests. */
export class VirtualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(at: Date): void {
    if (at.getTime() > this.current.getTime()) this.current = new Date(at.getTime());
  }
}
