// POST /lark/events: every check the SDK skips, then the SDK's event dispatcher, answering well inside Lark's 3 s.
import * as lark from '@larksuiteoapi/node-sdk';
import { Hono, type Context } from 'hono';
import type { Clock, Logger } from '../../src/plugins/define.js';
import { readLimited } from './body.js';
import type { LarkConfig } from './config.js';
import { envelopeCredentials, isRecord, safeEqual, signatureMatches, timestampFresh } from './verify.js';

export interface WebhookDeps {
  config: LarkConfig;
  clock: Clock;
  logger: Logger;
  /** Hands a verified, decrypted callback to the event handlers; what it returns is the reply body (card toasts). */
  dispatch(envelope: Record<string, unknown>): Promise<unknown>;
}

/** Where the webhook is mounted; mounted apps see full paths, hence the base path. */
export const WEBHOOK_PREFIX = '/lark';

export function larkWebhook(deps: WebhookDeps): Hono {
  const { config, clock, logger } = deps;
  const cipher = config.encryptKey ? new lark.AESCipher(config.encryptKey) : null;
  const app = new Hono().basePath(WEBHOOK_PREFIX);

  const reject = (c: Context, reason: string): Response => {
    logger.warn({ plugin: 'lark', reason }, 'rejected a Lark callback');
    return c.text('unauthorized', 401);
  };

  app.post('/events', async (c) => {
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) return c.text('unsupported media type', 415);
    if (Number(c.req.header('content-length') ?? 0) > config.bodyLimitBytes) return c.text('payload too large', 413);
    const raw = await readLimited(c.req.raw.body, config.bodyLimitBytes);
    if (!raw) return c.text('payload too large', 413);

    const signed = {
      timestamp: c.req.header('x-lark-request-timestamp'),
      nonce: c.req.header('x-lark-request-nonce'),
      signature: c.req.header('x-lark-signature'),
    };
    if (config.encryptKey && signed.signature && !signatureMatches(signed, config.encryptKey, raw)) return reject(c, 'bad signature');

    let envelope: unknown;
    try {
      envelope = JSON.parse(raw.toString('utf8'));
    } catch {
      return c.text('bad request', 400);
    }
    if (!isRecord(envelope)) return c.text('bad request', 400);
    if (typeof envelope.encrypt === 'string') {
      if (!cipher) return reject(c, 'encrypted callback, but LARK_ENCRYPT_KEY is not set');
      try {
        envelope = JSON.parse(cipher.decrypt(envelope.encrypt));
      } catch {
        return reject(c, 'cannot decrypt');
      }
      if (!isRecord(envelope)) return reject(c, 'cannot decrypt');
    }

    const { token, appId } = envelopeCredentials(envelope);
    if (config.verificationToken && !(token && safeEqual(token, config.verificationToken))) return reject(c, 'bad verification token');
    const now = clock.now();
    if (envelope.type === 'url_verification') {
      if (signed.timestamp && !timestampFresh(signed.timestamp, now, config.maxSkewSeconds)) return reject(c, 'stale timestamp');
      return c.json({ challenge: envelope.challenge });
    }
    if (config.encryptKey && !signed.signature) return reject(c, 'unsigned callback');
    if (!timestampFresh(signed.timestamp, now, config.maxSkewSeconds)) return reject(c, 'stale or missing timestamp');
    if (appId && appId !== config.appId) return reject(c, 'callback for another app');

    const result = await deps.dispatch(envelope);
    return c.json(isRecord(result) ? result : {});
  });

  app.onError((error, c) => {
    // A 500 makes Lark deliver again later, which is what we want when storing the event failed.
    logger.error({ plugin: 'lark', err: error }, 'Lark callback failed');
    return c.text('internal error', 500);
  });
  return app;
}
