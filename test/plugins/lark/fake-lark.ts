// A fake Lark Open API on 127.0.0.1: tenant token, bot info, messages, files. Records every request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  raw: Buffer;
  json: Record<string, unknown> | null;
  at: number;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface SentMessage {
  receiveIdType: string;
  receiveId: string;
  msgType: string;
  content: Record<string, unknown>;
  uuid: string | undefined;
  at: number;
}

export class FakeLark {
  readonly requests: Recorded[] = [];
  /** Replies to the next POST /im/v1/messages calls, in order; then 200 code 0. */
  readonly messageReplies: Reply[] = [];
  /** Permanent reply for sends to one receive id (e.g. a chat the bot was removed from). */
  readonly repliesFor = new Map<string, Reply>();
  botOpenId: string | null = 'ou_bot';
  private server: Server | null = null;
  private nextId = 1;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Every message-create request that Lark accepted (code 0). */
  sent(): SentMessage[] {
    return this.requests.filter((r) => r.path === '/open-apis/im/v1/messages' && (r as Recorded & { accepted?: boolean }).accepted)
      .map(toSent);
  }

  /** Every message-create request, accepted or not. */
  sendAttempts(): SentMessage[] {
    return this.requests.filter((r) => r.path === '/open-apis/im/v1/messages').map(toSent);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://x');
    let json: Record<string, unknown> | null = null;
    if ((req.headers['content-type'] ?? '').includes('json')) {
      try {
        json = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        json = null;
      }
    }
    const rec: Recorded & { accepted?: boolean } = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, raw, json, at: Date.now() };
    this.requests.push(rec);
    const reply = this.route(rec);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
    res.end(JSON.stringify(reply.body));
  }

  private route(rec: Recorded & { accepted?: boolean }): Reply {
    if (rec.path === '/open-apis/auth/v3/tenant_access_token/internal') {
      return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: 't-fake', expire: 7200 } };
    }
    if (rec.path === '/open-apis/bot/v3/info') {
      return this.botOpenId
        ? { status: 200, body: { code: 0, msg: 'ok', bot: { open_id: this.botOpenId, app_name: '一表通' } } }
        : { status: 200, body: { code: 99991672, msg: 'no permission' } };
    }
    if (rec.path === '/open-apis/im/v1/files' && rec.method === 'POST') {
      return { status: 200, body: { code: 0, msg: 'ok', data: { file_key: `file_${this.nextId++}` } } };
    }
    if (rec.path === '/open-apis/im/v1/messages' && rec.method === 'POST') {
      const receiveId = String(rec.json?.receive_id ?? '');
      const reply = this.repliesFor.get(receiveId) ?? this.messageReplies.shift();
      if (reply) return reply;
      rec.accepted = true;
      return { status: 200, body: { code: 0, msg: 'success', data: { message_id: `om_sent_${this.nextId++}` } } };
    }
    return { status: 404, body: { code: 404, msg: 'not found' } };
  }
}

function toSent(r: Recorded): SentMessage {
  const body = r.json ?? {};
  return {
    receiveIdType: r.query.get('receive_id_type') ?? '',
    receiveId: String(body.receive_id ?? ''),
    msgType: String(body.msg_type ?? ''),
    content: JSON.parse(String(body.content ?? '{}')) as Record<string, unknown>,
    uuid: body.uuid === undefined ? undefined : String(body.uuid),
    at: r.at,
  };
}
