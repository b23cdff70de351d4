// What the WeChat login looks like right now: for /healthz, the QR page and the logs.

export type LoginStatus = 'starting' | 'waiting-scan' | 'scanned' | 'logged-in' | 'logged-out' | 'error';

export interface LoginSnapshot {
  status: LoginStatus;
  /** The payload to encode as a QR code while waiting for a scan. */
  qrcode: string | null;
  user: string | null;
  since: string;
  lastLoginAt: string | null;
  lastLogoutAt: string | null;
  lastError: string | null;
  logins: number;
  logouts: number;
  restarts: number;
  room: { id: string | null; topic: string | null };
}

export class LoginState {
  private s: LoginSnapshot;

  constructor(private readonly now: () => Date) {
    this.s = {
      status: 'starting', qrcode: null, user: null, since: now().toISOString(), lastLoginAt: null, lastLogoutAt: null,
      lastError: null, logins: 0, logouts: 0, restarts: 0, room: { id: null, topic: null },
    };
  }

  get status(): LoginStatus {
    return this.s.status;
  }

  snapshot(): LoginSnapshot {
    return { ...this.s, room: { ...this.s.room } };
  }

  scan(qrcode: string, scanned: boolean): void {
    this.set(scanned ? 'scanned' : 'waiting-scan');
    this.s.qrcode = qrcode || this.s.qrcode;
  }

  login(user: string): void {
    this.set('logged-in');
    this.s.user = user;
    this.s.qrcode = null;
    this.s.lastLoginAt = this.s.since;
    this.s.logins++;
  }

  logout(): void {
    this.set('logged-out');
    this.s.lastLogoutAt = this.s.since;
    this.s.logouts++;
  }

  error(message: string): void {
    this.s.lastError = message.slice(0, 300);
  }

  restarted(): void {
    this.s.restarts++;
  }

  room(id: string | null, topic: string | null): void {
    this.s.room = { id, topic };
  }

  private set(status: LoginStatus): void {
    this.s.status = status;
    this.s.since = this.now().toISOString();
  }
}
