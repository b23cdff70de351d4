// Clocks for tests: instants written in Shanghai local time, and real time moved to a working morning.
import type { Clock } from '../../src/bot/clock.js';

/** `2026-11-23T09:00:00` in Shanghai. */
export function shanghai(local: string): Date {
  return new Date(`${local}+08:00`);
}

/** Real time, shifted to a working Monday morning so the bot's DMs are not held for working hours. */
export function mondayMorningClock(start = '2026-11-16T10:00:00+08:00'): Clock {
  const offset = Date.parse(start) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
