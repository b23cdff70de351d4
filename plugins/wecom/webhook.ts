// GET/POST /wecom/callback: URL verification and encrypted member messages, each signed, fresh and for this corp.
import { Hono, type Context } from 'hono';
import type { Logger } from '../../src/plugins/define.js';
import { callbackSignature, openPayload, signatureMatches, timestampFresh } from './callback-crypto.js';
import type { WecomConfig } from './config.js';
import { readXml } from './xml.js';

export const CALLBACK_PREFIX = '/wecom';

export interface WebhookDeps {
  config: WecomConfig;
  now(): Date;
  logger: Logger;
  /** Stores the decrypted message (throwing makes WeCom deliver it again). */
  accept(fields: Record<string, string>): void;
}

export function wecomWebhook(deps: WebhookDeps): Hono {
  const { config, logger } = deps;
  const app = new Hono().basePath(CALLBACK_PREFIX);

  const reject = (c: Context, reason: string): Response => {
    logger.warn({ plugin: 'wecom', reason }, 'rejected a WeCom callback');
    return c.text('unauthorized', 401);
  };

  /** Checks the signature and age of a signed query over `encrypted`, then decrypts it for this corp. */
  const open = (c: Context, encrypted: string): string | Response => {
    const timestamp = c.req.query('timestamp') ?? '';
    const nonce = c.req.query('nonce') ?? '';
    const expected = callbackSignature(config.token, timestamp, nonce, encrypted);
    if (!signatureMatches(expected, c.req.query('msg_signature'))) return reject(c, 'bad signature');
    if (!timestampFresh(timestamp, deps.now(), config.maxSkewSeconds)) return reject(c, 'stale or missing timestamp');
    const plain = openPayload(config.encodingAESKey, encrypted, config.corpId);
    return plain ?? reject(c, 'cannot decrypt for this corp');
  };

  // The console's "save" sends this: the answer is the decrypted echostr, as plain text.
  app.get('/callback', (c) => {
    const echostr = c.req.query('echostr');
    if (!echostr) return c.text('bad request', 400);
    const plain = open(c, echostr);
    return typeof plain === 'string' ? c.text(plain) : plain;
  });

  app.post('/callback', async (c) => {
    if (!/^(text|application)\/xml\s*(;|$)/i.test(c.req.header('content-type') ?? 'text/xml')) return c.text('unsupported media type', 415);
    if (Number(c.req.header('content-length') ?? 0) > config.bodyLimitBytes) return c.text('payload too large', 413);
    const raw = await readLimited(c.req.raw.body, config.bodyLimitBytes);
    if (raw === null) return c.text('payload too large', 413);
    const envelope = readXml(raw);
    if (!envelope?.Encrypt) return c.text('bad request', 400);
    const plain = open(c, envelope.Encrypt);
    if (typeof plain !== 'string') return plain;
    const fields = readXml(plain);
    if (!fields) return reject(c, 'unreadable payload');
    deps.accept(fields);
    // An empty 200 tells WeCom it arrived; the bot's answers go out through the API.
    return c.body(null, 200);
  });

  app.onError((error, c) => {
    // A 500 makes WeCom deliver again, which is what we want when storing failed.
    logger.error({ plugin: 'wecom', err: error }, 'WeCom callback failed');
    return c.text('internal error', 500);
  });
  return app;
}

async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
