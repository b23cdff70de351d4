import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../src/plugins/define.js';
import type { LarkConfig } from './config.js';

export function larkDomain(domain: string): lark.Domain | string {
  if (domain === 'feishu') return lark.Domain.Feishu;
  if (domain === 'lark') return lark.Domain.Lark;
  return domain.replace(/\/+$/, '');
}

/** The SDK logs through onetable's logger; its info chatter is dropped, its errors become warnings we can see. */
export function sdkLogger(logger: Logger): lark.Logger {
  // Whole, not cut short: onetable's logger replaces every registered secret (the app secret in a request config too).
  const text = (msg: unknown[]): string => msg.map((m) => (typeof m === 'string' ? m : safeJson(m))).join(' ');
  return {
    error: (...msg: unknown[]) => logger.warn({ sdk: 'lark' }, text(msg)),
    warn: (...msg: unknown[]) => logger.warn({ sdk: 'lark' }, text(msg)),
    info: () => undefined,
    debug: () => undefined,
    trace: () => undefined,
  };
}

export function createLarkClient(config: LarkConfig, logger: Logger): lark.Client {
  return new lark.Client({
    appId: config.appId,
    appSecret: config.appSecret,
    domain: larkDomain(config.domain),
    logger: sdkLogger(logger),
    loggerLevel: lark.LoggerLevel.warn,
    httpInstance: withTimeout(lark.defaultHttpInstance as unknown as lark.HttpInstance, REQUEST_TIMEOUT_MS),
  });
}

const REQUEST_TIMEOUT_MS = 20_000;

/** The SDK's own HTTP instance, but never waiting forever: a hung send would stall the whole Lark outbox. */
function withTimeout(http: lark.HttpInstance, timeout: number): lark.HttpInstance {
  return {
    request: (opts) => http.request({ timeout, ...opts }),
    get: (url, opts) => http.get(url, { timeout, ...opts }),
    delete: (url, opts) => http.delete(url, { timeout, ...opts }),
    head: (url, opts) => http.head(url, { timeout, ...opts }),
    options: (url, opts) => http.options(url, { timeout, ...opts }),
    post: (url, data, opts) => http.post(url, data, { timeout, ...opts }),
    put: (url, data, opts) => http.put(url, data, { timeout, ...opts }),
    patch: (url, data, opts) => http.patch(url, data, { timeout, ...opts }),
  };
}

function safeJson(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
