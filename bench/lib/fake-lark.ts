// A minimal fake Lark Open API on 127.0.0.1 for the benchmark: tenant token, bot info, message sends and file uploads,
// all answered at once with 200 / code 0. It only counts (no per-request records), so it stays cheap under load.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLarkCounts {
  tokens: number;
  botInfo: number;
  /** Accepted POST /open-apis/im/v1/messages by receive_id_type (open_id = DMs, chat_id = the channel). */
  sends: Record<string, number>;
  files: number;
  other: number;
  firstSendAt: number | null;
  lastSendAt: number | null;
}

export class BenchFakeLark {
  readonly counts: FakeLarkCounts = { tokens: 0, botInfo: 0, sends: {}, files: 0, other: 0, firstSendAt: null, lastSendAt: null };
  url = '';
  private server: Server | null = null;
  private nextId = 1;

  constructor(private readonly botOpenId: string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const body = this.route(req.method ?? '', url);
        res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body ?? { code: 404, msg: 'not found' }));
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  totalSends(): number {
    return Object.values(this.counts.sends).reduce((a, b) => a + b, 0);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private route(method: string, url: URL): Record<string, unknown> | null {
    const c = this.counts;
    switch (url.pathname) {
      case '/open-apis/auth/v3/tenant_access_token/internal':
        c.tokens++;
        return { code: 0, msg: 'ok', tenant_access_token: 't-bench', expire: 7200 };
      case '/open-apis/bot/v3/info':
        c.botInfo++;
        return { code: 0, msg: 'ok', bot: { open_id: this.botOpenId, app_name: '一表通' } };
      case '/open-apis/im/v1/files':
        if (method !== 'POST') break;
        c.files++;
        return { code: 0, msg: 'ok', data: { file_key: `file_${this.nextId++}` } };
      case '/open-apis/im/v1/messages': {
        if (method !== 'POST') break;
        const type = url.searchParams.get('receive_id_type') ?? '?';
        c.sends[type] = (c.sends[type] ?? 0) + 1;
        const now = Date.now();
        c.firstSendAt ??= now;
        c.lastSendAt = now;
        return { code: 0, msg: 'success', data: { message_id: `om_sent_${this.nextId++}` } };
      }
    }
    c.other++;
    return null;
  }
}
