// A fake WeCom server API on 127.0.0.1: gettoken, application messages, application group chats. Records every call.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  json: Record<string, unknown> | null;
  at: number;
  accepted?: boolean;
}

export interface WecomSent {
  to: { user: string } | { chat: string };
  msgtype: string;
  content: string;
}

export class FakeWecom {
  readonly corpId = 'wwfakecorp0001';
  readonly secret = 'fake-app-secret';
  readonly requests: Recorded[] = [];
  /** errcode answers to the next message sends (either API), in order; then success. */
  readonly sendAnswers: Array<Record<string, unknown>> = [];
  /** Group chats that exist (created through the API or given). */
  readonly chats = new Map<string, { name: string; owner: string; userlist: string[] }>();
  url = '';
  private readonly tokens = new Set<string>();
  private server: Server | null = null;
  private nextId = 1;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }

  expireTokens(): void {
    this.tokens.clear();
  }

  tokenFetches(): number {
    return this.requests.filter((r) => r.path === '/cgi-bin/gettoken').length;
  }

  sendAttempts(): Recorded[] {
    return this.requests.filter((r) => r.path === '/cgi-bin/message/send' || r.path === '/cgi-bin/appchat/send');
  }

  sent(): WecomSent[] {
    return this.sendAttempts().filter((r) => r.accepted).map((r) => {
      const j = r.json ?? {};
      const msgtype = String(j.msgtype);
      const content = String((j[msgtype] as { content?: unknown } | undefined)?.content ?? '');
      return { to: r.path === '/cgi-bin/appchat/send' ? { chat: String(j.chatid) } : { user: String(j.touser) }, msgtype, content };
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let json: Record<string, unknown> | null = null;
    try {
      json = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : null;
    } catch {
      json = null;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const rec: Recorded = { method: req.method ?? '', path: url.pathname, query: url.searchParams, json, at: Date.now() };
    this.requests.push(rec);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(this.route(rec)));
  }

  private route(rec: Recorded): Record<string, unknown> {
    if (rec.path === '/cgi-bin/gettoken') {
      if (rec.query.get('corpid') !== this.corpId || rec.query.get('corpsecret') !== this.secret) return { errcode: 40001, errmsg: 'invalid credential' };
      const token = `wxtok-${this.nextId++}`;
      this.tokens.add(token);
      return { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 };
    }
    if (!this.tokens.has(rec.query.get('access_token') ?? '')) return { errcode: 42001, errmsg: 'access_token expired' };
    const j = rec.json ?? {};
    if (rec.path === '/cgi-bin/appchat/get') {
      const chat = this.chats.get(rec.query.get('chatid') ?? '');
      return chat ? { errcode: 0, errmsg: 'ok', chat_info: { chatid: rec.query.get('chatid'), ...chat } } : { errcode: 86003, errmsg: 'chat not exist' };
    }
    if (rec.path === '/cgi-bin/appchat/create') {
      this.chats.set(String(j.chatid), { name: String(j.name), owner: String(j.owner), userlist: j.userlist as string[] });
      return { errcode: 0, errmsg: 'ok', chatid: j.chatid };
    }
    if (rec.path === '/cgi-bin/message/send' || rec.path === '/cgi-bin/appchat/send') {
      const answer = this.sendAnswers.shift();
      if (answer) return answer;
      if (rec.path === '/cgi-bin/appchat/send' && !this.chats.has(String(j.chatid))) return { errcode: 86003, errmsg: 'chat not exist' };
      rec.accepted = true;
      return { errcode: 0, errmsg: 'ok', ...(rec.path === '/cgi-bin/message/send' ? { invaliduser: '', msgid: `msg-${this.nextId++}` } : {}) };
    }
    return { errcode: 404, errmsg: `no such api ${rec.path}` };
  }
}
