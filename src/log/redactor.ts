// Structured redaction: every secret onetable knows (tokens, keys, plugin secrets) is registered here, and whatever is
// logged is searched for them wherever they hide (nested objects, errors and their request configs, messages, stacks)
// and each occurrence replaced. Nothing relies on a log line being cut short.
import type { Logger } from '../bot/context.js';
import { findPersonalNumbers, maskNumbersIn } from '../domain/personal.js';

export const REDACTED = '[redacted]';
/** Shorter values are not treated as secrets (they would blank out ordinary words). */
const MIN_SECRET_LENGTH = 6;
const MAX_DEPTH = 10;

export class Redactor {
  private secrets: string[] = [];

  /** Registers secret values (blank and very short ones are ignored). */
  register(...values: Array<string | undefined | null>): void {
    let changed = false;
    for (const v of values) {
      if (typeof v !== 'string' || v.trim().length < MIN_SECRET_LENGTH || this.secrets.includes(v)) continue;
      this.secrets.push(v);
      changed = true;
    }
    // Longest first, so a secret that contains another is replaced whole.
    if (changed) this.secrets.sort((a, b) => b.length - a.length);
  }

  /** The text with every registered secret replaced, and ID-card and mobile numbers masked (138****5678). */
  text(s: string): string {
    let out = s;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    const numbers = findPersonalNumbers(out);
    return numbers.length ? maskNumbersIn(out, numbers) : out;
  }

  /** A copy of the value with every registered secret replaced; errors become plain objects (name, message, stack, own fields). */
  scrub(value: unknown): unknown {
    return this.walk(value, 0, new WeakSet());
  }

  private walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
    if (seen.has(value)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[deep]';
    seen.add(value);
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) return this.text(Buffer.from(value).toString('utf8'));
    if (Array.isArray(value)) return value.map((v) => this.walk(v, depth + 1, seen));
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    if (value instanceof Error) {
      out.type = value.name;
      out.message = this.text(value.message);
      if (value.stack) out.stack = this.text(value.stack);
      if (value.cause !== undefined) out.cause = this.walk(value.cause, depth + 1, seen);
    }
    for (const [k, v] of Object.entries(value)) {
      // A socket, an agent or a request object says nothing worth logging and may be huge.
      if (v && typeof v === 'object' && ['socket', 'agent', 'request', '_httpMessage', 'httpAgent', 'httpsAgent'].includes(k)) continue;
      out[k] = this.walk(v, depth + 1, seen);
    }
    return out;
  }
}

/** A logger whose every object and message passes the redactor first. */
export function redactingLogger(inner: Logger, redactor: Redactor): Logger {
  const wrap = (level: keyof Logger) => (obj: unknown, msg?: string): void => {
    const clean = redactor.scrub(obj);
    if (msg === undefined) inner[level](clean);
    else inner[level](clean, redactor.text(msg));
  };
  return { info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
