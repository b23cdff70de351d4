// A fake DingTalk on 127.0.0.1: the Stream gateway (open-connection + WebSocket) and the robot OpenAPI.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';
export const TOPIC_CARD = '/v1.0/card/instances/callback';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  json: Record<string, unknown> | null;
  at: number;
  accepted?: boolean;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface SentRobotMessage {
  to: { group: string } | { user: string };
  robotCode: string;
  msgKey: string;
  param: Record<string, unknown>;
}

interface Frame {
  type?: string;
  code?: number;
  headers?: Record<string, string>;
  data?: string;
}

export class FakeDingtalk {
  readonly clientId: string;
  readonly clientSecret = 'fake-client-secret';
  readonly requests: Recorded[] = [];
  /** Frames the client sent on the socket (acks, ping answers). */
  readonly frames: Frame[] = [];
  /** Replies to the next robot send calls, in order; then success. */
  readonly sendReplies: Reply[] = [];
  /** Replies to the next card-instance creations, in order; then success. */
  readonly cardReplies: Reply[] = [];
  /** Set to answer every token as valid for this many seconds. */
  tokenTtlSeconds = 7200;
  url = '';
  private readonly tokens = new Set<string>();
  private readonly tickets = new Set<string>();
  private readonly sockets = new Set<WebSocket>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private nextId = 1;
  /** How many sockets the client opened, ever. */
  connections = 0;

  constructor() {
    this.clientId = `ding${randomBytes(6).toString('hex')}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const ticket = url.searchParams.get('ticket') ?? '';
      if (url.pathname !== '/gateway' || !this.tickets.delete(ticket)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
        return;
      }
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }

  /** Open sockets now. */
  openSockets(): number {
    return [...this.sockets].filter((ws) => ws.readyState === ws.OPEN).length;
  }

  /** Pushes a robot message as DingTalk does (a CALLBACK frame); returns the stream message id to check the ack. */
  pushRobotMessage(payload: Record<string, unknown>, streamMessageId = `stream-${this.nextId++}`): string {
    return this.push(TOPIC_ROBOT, payload, streamMessageId);
  }

  /** Pushes an interactive card's action callback (a card was submitted). */
  pushCardCallback(payload: Record<string, unknown>): string {
    return this.push(TOPIC_CARD, payload, `stream-${this.nextId++}`);
  }

  /** Card instances created and then delivered, with their data and where they went. */
  deliveredCards(): Array<{ templateId: string; outTrackId: string; params: Record<string, unknown>; openSpaceId: string }> {
    const created = this.requests.filter((r) => r.path === '/v1.0/card/instances' && r.accepted);
    return this.requests.filter((r) => r.path === '/v1.0/card/instances/deliver' && r.accepted).map((d) => {
      const c = created.find((x) => x.json?.outTrackId === d.json?.outTrackId)!;
      return {
        templateId: String(c.json?.cardTemplateId), outTrackId: String(d.json?.outTrackId), openSpaceId: String(d.json?.openSpaceId),
        params: ((c.json?.cardData as { cardParamMap?: Record<string, unknown> }).cardParamMap ?? {}),
      };
    });
  }

  private push(topic: string, payload: Record<string, unknown>, streamMessageId: string): string {
    const ws = [...this.sockets].find((s) => s.readyState === s.OPEN);
    if (!ws) throw new Error('no open Stream connection');
    ws.send(JSON.stringify({
      specVersion: '1.0', type: 'CALLBACK',
      headers: { appId: this.clientId, connectionId: 'conn-1', contentType: 'application/json', messageId: streamMessageId, time: String(Date.now()), topic },
      data: JSON.stringify(payload),
    }));
    return streamMessageId;
  }

  /** Sends a SYSTEM ping; the client must echo it. */
  ping(): string {
    const messageId = `ping-${this.nextId++}`;
    for (const ws of this.sockets) {
      ws.send(JSON.stringify({ specVersion: '1.0', type: 'SYSTEM', headers: { topic: 'ping', messageId, contentType: 'application/json', time: String(Date.now()) }, data: '{"opaque":"x"}' }));
    }
    return messageId;
  }

  acked(streamMessageId: string): boolean {
    return this.frames.some((f) => f.code === 200 && f.headers?.messageId === streamMessageId);
  }

  /** Drops every connection the way a network failure does. */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Makes every token handed out so far invalid (DingTalk answers 401 until a new one is fetched). */
  expireTokens(): void {
    this.tokens.clear();
  }

  tokenFetches(): number {
    return this.requests.filter((r) => r.path === '/v1.0/oauth2/accessToken').length;
  }

  openConnectionRequests(): Recorded[] {
    return this.requests.filter((r) => r.path === '/v1.0/gateway/connections/open');
  }

  /** Every robot message DingTalk accepted. */
  sent(): SentRobotMessage[] {
    return this.requests.filter((r) => r.accepted && r.path.startsWith('/v1.0/robot/')).map((r) => {
      const j = r.json ?? {};
      const to = r.path.endsWith('/groupMessages/send') ? { group: String(j.openConversationId) } : { user: (j.userIds as string[]).join(',') };
      return { to, robotCode: String(j.robotCode), msgKey: String(j.msgKey), param: JSON.parse(String(j.msgParam)) as Record<string, unknown> };
    });
  }

  sendAttempts(): Recorded[] {
    return this.requests.filter((r) => r.path.startsWith('/v1.0/robot/'));
  }

  textOf(m: SentRobotMessage): string {
    return String(m.param.content ?? m.param.text ?? '');
  }

  private accept(ws: WebSocket): void {
    this.connections++;
    this.sockets.add(ws);
    ws.on('message', (data) => {
      try {
        this.frames.push(JSON.parse(String(data)) as Frame);
      } catch {
        this.frames.push({});
      }
    });
    ws.on('close', () => this.sockets.delete(ws));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      json = null;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const rec: Recorded = { method: req.method ?? '', path: url.pathname, headers: req.headers, json, at: Date.now() };
    this.requests.push(rec);
    const reply = this.route(rec);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
    res.end(JSON.stringify(reply.body));
  }

  private route(rec: Recorded): Reply {
    const j = rec.json ?? {};
    if (rec.path === '/v1.0/gateway/connections/open') {
      if (j.clientId !== this.clientId || j.clientSecret !== this.clientSecret) return { status: 401, body: { code: 'InvalidClient', message: 'bad client' } };
      const ticket = randomBytes(8).toString('hex');
      this.tickets.add(ticket);
      return { status: 200, body: { endpoint: `${this.url.replace('http', 'ws')}/gateway`, ticket } };
    }
    if (rec.path === '/v1.0/oauth2/accessToken') {
      if (j.appKey !== this.clientId || j.appSecret !== this.clientSecret) return { status: 400, body: { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' } };
      const token = `tok-${this.nextId++}`;
      this.tokens.add(token);
      return { status: 200, body: { accessToken: token, expireIn: this.tokenTtlSeconds } };
    }
    if (rec.path === '/v1.0/robot/groupMessages/send' || rec.path === '/v1.0/robot/oToMessages/batchSend') {
      if (!this.tokens.has(String(rec.headers['x-acs-dingtalk-access-token'] ?? ''))) {
        return { status: 401, body: { code: 'InvalidAuthentication', message: '不合法的access_token' } };
      }
      const reply = this.sendReplies.shift();
      if (reply) return reply;
      rec.accepted = true;
      return { status: 200, body: { processQueryKey: `pqk-${this.nextId++}`, ...(rec.path.endsWith('batchSend') ? { invalidStaffIdList: [], flowControlledStaffIdList: [] } : {}) } };
    }
    if (rec.path === '/v1.0/card/instances' || rec.path === '/v1.0/card/instances/deliver') {
      if (!this.tokens.has(String(rec.headers['x-acs-dingtalk-access-token'] ?? ''))) {
        return { status: 401, body: { code: 'InvalidAuthentication', message: '不合法的access_token' } };
      }
      const reply = rec.path === '/v1.0/card/instances' ? this.cardReplies.shift() : undefined;
      if (reply) return reply;
      rec.accepted = true;
      return { status: 200, body: { success: true, result: rec.path.endsWith('deliver') ? [{ success: true }] : String(rec.json?.outTrackId) } };
    }
    return { status: 404, body: { code: 'NotFound', message: rec.path } };
  }
}
