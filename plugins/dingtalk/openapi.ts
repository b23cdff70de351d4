// The DingTalk OpenAPI (api.dingtalk.com v1.0 or a private deployment's base): app access token, cached and refreshed.
import { type DingtalkFailure, isBadToken, sendError } from './send-errors.js';

export interface OpenApiOptions {
  apiBase: string;
  clientId: string;
  clientSecret: string;
  now?: () => number;
  timeoutMs?: number;
}

/** Refresh this long before the token's stated expiry, so a send never races it. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export class DingtalkOpenApi {
  private token: { value: string; expiresAt: number } | null = null;
  private fetching: Promise<string> | null = null;
  tokenFetches = 0;
  private readonly now: () => number;

  constructor(private readonly options: OpenApiOptions) {
    this.now = options.now ?? Date.now;
  }

  /** POSTs with the app token; a token DingTalk no longer accepts is fetched again once. */
  async post<T>(what: string, path: string, body: unknown): Promise<T> {
    let answer = await this.request(path, body, await this.accessToken());
    if (!answer.ok && isBadToken(answer.failure)) {
      this.token = null;
      answer = await this.request(path, body, await this.accessToken());
    }
    if (!answer.ok) throw sendError(what, answer.failure);
    return answer.data as T;
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
    const answer = await this.request('/v1.0/oauth2/accessToken', { appKey: this.options.clientId, appSecret: this.options.clientSecret }, null);
    const data = answer.ok ? (answer.data as { accessToken?: unknown; expireIn?: unknown }) : null;
    if (!answer.ok || typeof data?.accessToken !== 'string') {
      throw sendError('get access token', answer.ok ? { status: 200, message: 'no accessToken in the answer' } : answer.failure);
    }
    const ttlMs = (Number(data.expireIn) || 7200) * 1000;
    this.token = { value: data.accessToken, expiresAt: this.now() + Math.max(ttlMs - REFRESH_MARGIN_MS, ttlMs / 2) };
    return data.accessToken;
  }

  private async request(path: string, body: unknown, token: string | null): Promise<{ ok: true; data: unknown } | { ok: false; failure: DingtalkFailure }> {
    const res = await fetch(`${this.options.apiBase}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { 'x-acs-dingtalk-access-token': token } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
    });
    const text = await res.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (res.ok) return { ok: true, data };
    const err = (data ?? {}) as { code?: unknown; message?: unknown };
    const retryAfter = Number(res.headers.get('retry-after'));
    return {
      ok: false,
      failure: {
        status: res.status,
        ...(typeof err.code === 'string' ? { code: err.code } : {}),
        message: typeof err.message === 'string' ? err.message : text.slice(0, 200),
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
      },
    };
  }
}
