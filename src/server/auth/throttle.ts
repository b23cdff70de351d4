// Sign-in attempts per address: a few free failures, then a wait that doubles with each further one (capped).
import type { LoginThrottleRepo } from '../../store/sessions.js';

/** Failures allowed before any wait. */
export const FREE_FAILURES = 3;
/** Longest wait after a failure. */
export const MAX_WAIT_SECONDS = 15 * 60;
/** A day without failures forgets the count. */
const FORGET_AFTER_MS = 24 * 3600_000;

export class LoginThrottle {
  constructor(private readonly repo: LoginThrottleRepo, private readonly scope: string) {}

  private key(address: string): string {
    return `${this.scope}:${address}`;
  }

  /** Seconds the address must still wait before it may try again (0: it may try now). */
  wait(address: string, now: Date): number {
    const state = this.repo.get(this.key(address));
    if (!state?.blockedUntil) return 0;
    return Math.max(0, Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000));
  }

  /** Counts a failure; returns the wait it starts (0 while failures are still free). */
  fail(address: string, now: Date): number {
    const key = this.key(address);
    const state = this.repo.get(key);
    const failures = (state && now.getTime() - state.lastFailureAt.getTime() < FORGET_AFTER_MS ? state.failures : 0) + 1;
    const wait = failures > FREE_FAILURES ? Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES - 1)) : 0;
    this.repo.put(key, { failures, blockedUntil: wait ? new Date(now.getTime() + wait * 1000) : null }, now);
    return wait;
  }

  succeed(address: string): void {
    this.repo.clear(this.key(address));
  }
}
