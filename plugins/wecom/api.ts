// The WeCom server API (qyapi.weixin.qq.com or a 政务微信 deployment's base): access token cached, refreshed on expiry.
import { sendError, TOKEN_INVALID } from './send-errors.js';

export interface WecomApiOptions {
  apiBase: string;
  corpId: string;
  secret: string;
  now?: () => number;
  timeoutMs?: number;
}

interface Answer {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

/** Refresh this long before the token's stated expiry. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export class WecomApi {
  private token: { value: string; expiresAt: number } | null = null;
  private fetching: Promise<string> | null = null;
  tokenFetches = 0;
  private readonly now: () => number;

  constructor(private readonly options: WecomApiOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Calls `path` with the access token; a token WeCom reports invalid or expired is fetched again once. */
  async call<T extends Answer>(what: string, method: 'GET' | 'POST', path: string, body?: unknown, query: Record<string, string> = {}): Promise<T> {
    let answer = await this.request<T>(method, path, { ...query, access_token: await this.accessToken() }, body);
    if (TOKEN_INVALID.has(answer.errcode ?? 0)) {
      this.token = null;
      answer = await this.request<T>(method, path, { ...query, access_token: await this.accessToken() }, body);
    }
    if ((answer.errcode ?? 0) !== 0) throw sendError(what, answer.errcode ?? -1, answer.errmsg ?? '');
    return answer;
  }

  async accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.expiresAt) return this.token.value;
    this.fetching ??= this.fetchToken().finally(() => {
      this.fetching = null;
    });
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    this.tokenFetches++;
    const answer = await this.request<Answer & { access_token?: string; expires_in?: number }>(
      'GET', '/cgi-bin/gettoken', { corpid: this.options.corpId, corpsecret: this.options.secret },
    );
    if ((answer.errcode ?? 0) !== 0 || typeof answer.access_token !== 'string') {
      // A wrong secret or corp id fails every send the same way until an admin fixes the config.
      throw sendError('get access token', answer.errcode ?? -1, answer.errmsg ?? 'no access_token in the answer');
    }
    const ttlMs = (Number(answer.expires_in) || 7200) * 1000;
    this.token = { value: answer.access_token, expiresAt: this.now() + Math.max(ttlMs - REFRESH_MARGIN_MS, ttlMs / 2) };
    return answer.access_token;
  }

  private async request<T extends Answer>(method: 'GET' | 'POST', path: string, query: Record<string, string>, body?: unknown): Promise<T> {
    const url = `${this.options.apiBase}${path}?${new URLSearchParams(query).toString()}`;
    const res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }
}
