// The WeChat chat adapter on wechaty. The puppet (wechat4u, a token service, the mock in tests) is the caller's choice:
// this file only ever talks to a Wechaty instance.
import { FileBox } from 'file-box';
import { types, type Contact, type Message, type Room, type Wechaty } from 'wechaty';
import {
  PermanentSendError, RetryAfterError, silentLogger, targetKinds, type Address, type ChatAdapter, type InboundMessage,
  type Logger, type OutboundMessage, type PlatformTarget,
} from '../../src/plugins/define.js';
import { HeartbeatWatchdog } from './heartbeat-watchdog.js';
import type { ContactKeys } from './identity-match.js';
import { learnKey, learnedKeys, memberKey, PLATFORM, syncIdentities, type People, type SyncReport } from './identity-sync.js';
import { toInbound } from './inbound.js';
import { LoginState } from './login-state.js';
import { SendPacer } from './send-pacer.js';
import { splitText } from './split-text.js';

export interface WechatAdapterOptions {
  wechaty: Wechaty;
  people: People;
  /** The consolidated room, by topic (survives re-login) or by id (stable only on some puppets). */
  roomTopic?: string;
  roomId?: string;
  logger?: Logger;
  /** Minimum gap between two sends (default 1500 ms). */
  sendIntervalMs?: number;
  /** Restart the puppet after this long without any sign of life while logged in (default 5 min; 0 = off). */
  heartbeatTimeoutMs?: number;
  /** How long the dispatcher waits before retrying a send while logged out (default 5 s). */
  loggedOutRetryMs?: number;
  /** Messages dated before the adapter's start minus this margin are an offline replay (default 60 s). */
  staleMarginMs?: number;
  /** Longest text sent in one message (default 1800 characters). */
  maxTextChars?: number;
  /** Minimum gap between identity re-syncs triggered by an unknown sender (default 30 s). */
  resyncGapMs?: number;
  /** Stores a replayed offline message without acting on it. Without it, such messages are dropped. */
  archive?: (message: InboundMessage, raw: unknown) => void;
  onScan?: (qrcode: string, status: string) => void;
  onLogin?: (user: string) => void;
  onLogout?: (reason: string) => void;
  /** Whether start/stop also start and stop the Wechaty instance (default true). */
  manageLifecycle?: boolean;
}

type Deliver = (message: InboundMessage, raw?: unknown) => Promise<void>;
type Conversation = { room: Room } | { contact: Contact };
/** The consolidated room, a roster member (found by their binding at send time), or a contact by its id (a stranger). */
type WechatTarget = PlatformTarget<'room' | 'member' | 'contact'>;

export class WechatAdapter implements ChatAdapter<WechatTarget['kind']> {
  readonly platform = PLATFORM;
  readonly decode = targetKinds(PLATFORM, ['room', 'member', 'contact'] as const);
  readonly state: LoginState;
  private readonly wechaty: Wechaty;
  private readonly people: People;
  private readonly logger: Logger;
  private readonly pacer: SendPacer;
  private readonly watchdog: HeartbeatWatchdog | null;
  private readonly o: Required<Pick<WechatAdapterOptions, 'loggedOutRetryMs' | 'staleMarginMs' | 'maxTextChars' | 'resyncGapMs' | 'manageLifecycle'>>;
  private deliver: Deliver | null = null;
  private startedAt = 0;
  private online = false;
  private room: Room | null = null;
  private chain: Promise<void> = Promise.resolve();
  private lastSyncAt = 0;
  private lastSync: SyncReport | null = null;
  private readonly progress = new Map<string, number>();
  private readonly listeners: Array<[string, (...args: unknown[]) => void]> = [];

  constructor(private readonly options: WechatAdapterOptions) {
    this.wechaty = options.wechaty;
    this.people = options.people;
    this.logger = options.logger ?? silentLogger;
    this.state = new LoginState(() => new Date());
    this.pacer = new SendPacer(options.sendIntervalMs ?? 1500);
    const timeout = options.heartbeatTimeoutMs ?? 5 * 60_000;
    this.watchdog = timeout > 0 ? new HeartbeatWatchdog(timeout, (silent) => this.restart(silent)) : null;
    this.o = {
      loggedOutRetryMs: options.loggedOutRetryMs ?? 5000, staleMarginMs: options.staleMarginMs ?? 60_000,
      maxTextChars: options.maxTextChars ?? 1800, resyncGapMs: options.resyncGapMs ?? 30_000,
      manageLifecycle: options.manageLifecycle ?? true,
    };
  }

  /** True once logged in and the contacts have been matched to the roster. */
  get isOnline(): boolean {
    return this.online;
  }

  async start(deliver: Deliver): Promise<void> {
    this.deliver = deliver;
    this.startedAt = Date.now();
    this.listen('scan', (qrcode: string, status: types.ScanStatus) => this.handleScan(qrcode, status));
    this.listen('login', (user: Contact) => this.serially(() => this.handleLogin(user)));
    this.listen('logout', (user: Contact, reason?: string) => this.handleLogout(user, reason));
    this.listen('ready', () => this.serially(() => this.refresh('ready')));
    this.listen('message', (message: Message) => this.serially(() => this.handleMessage(message)));
    this.listen('error', (error: Error) => this.handleError(error));
    this.listen('heartbeat', () => this.watchdog?.feed());
    this.listen('dong', () => this.watchdog?.feed());
    if (this.o.manageLifecycle) await this.wechaty.start();
    if (this.wechaty.isLoggedIn && !this.online) this.serially(() => this.handleLogin(this.wechaty.currentUser));
  }

  async stop(): Promise<void> {
    this.watchdog?.stop();
    this.online = false;
    for (const [event, fn] of this.listeners.splice(0)) (this.wechaty as unknown as Emitter).off(event, fn);
    await this.chain.catch(() => undefined);
    if (this.o.manageLifecycle) await this.wechaty.stop();
  }

  health(): Record<string, unknown> {
    return { wechat: { ...this.state.snapshot(), online: this.online, identities: this.lastSync } };
  }

  resolve(to: Address): WechatTarget | null {
    if (to.kind === 'channel') return { kind: 'room', id: '' };
    if (to.kind === 'stranger') return { kind: 'contact', id: to.chatId };
    const member = this.people.roster.member(to.memberId);
    if (!member) return null;
    const byMember: WechatTarget = { kind: 'member', id: member.id };
    if (this.people.identities.of(member.id) !== null) return byMember;
    // While logged out, a member with a key will most likely be found again at the next login: queue for them.
    // While online, an unbound member (no key, or an ambiguous one) cannot be reached on WeChat.
    return !this.online && memberKey(member, learnedKeys(this.people.state)) !== null ? byMember : null;
  }

  async send(target: WechatTarget, message: OutboundMessage): Promise<{ id: string }> {
    if (!this.online) throw new RetryAfterError('wechat is logged out: queued until the next login', this.o.loggedOutRetryMs);
    const conversation = await this.conversation(target);
    const mentionContacts = 'room' in conversation ? await this.contactsOf(message.mentions ?? []) : [];
    const steps: Array<() => Promise<Message | void>> = splitText(message.text, this.o.maxTextChars).map((chunk, i) => () => {
      if ('contact' in conversation) return conversation.contact.say(chunk);
      return i === 0 && mentionContacts.length ? conversation.room.say(chunk, ...mentionContacts) : conversation.room.say(chunk);
    });
    const file = message.file;
    if (file) {
      steps.push(() => {
        // Base64 rather than Buffer: it survives puppets that serialise the box (service, mock).
        const box = FileBox.fromBase64(file.content.toString('base64'), file.name);
        return 'contact' in conversation ? conversation.contact.say(box) : conversation.room.say(box);
      });
    }
    // A retry after a partial failure resumes where it stopped, so no chunk is posted twice.
    const key = message.idempotencyKey;
    let firstId: string | undefined;
    try {
      for (let i = key ? this.progress.get(key) ?? 0 : 0; i < steps.length; i++) {
        await this.pacer.wait();
        if (!this.online) throw new RetryAfterError('wechat logged out while sending', this.o.loggedOutRetryMs);
        const sent = await steps[i]!();
        firstId ??= sent ? sent.id : undefined;
        if (key) this.progress.set(key, i + 1);
      }
    } catch (error) {
      if (error instanceof RetryAfterError || error instanceof PermanentSendError) throw error;
      if (!this.online || !this.wechaty.isLoggedIn) throw new RetryAfterError(`wechat went offline: ${(error as Error).message}`, this.o.loggedOutRetryMs);
      throw error;
    }
    if (key) this.progress.delete(key);
    return { id: firstId ?? `wechat-${Date.now()}` };
  }

  /** Re-reads contacts and the room, and rebuilds the roster bindings. */
  async refresh(reason: string): Promise<void> {
    await this.findRoom();
    const contacts = await this.contactKeys();
    this.lastSync = syncIdentities(this.people, contacts, new Date());
    this.lastSyncAt = Date.now();
    const { bound, removed, ambiguous, unmatched } = this.lastSync;
    this.logger.info({ reason, contacts: contacts.length, bound, removed, ambiguous, unmatched: unmatched.length }, 'wechat identities re-synced');
    if (ambiguous.length) this.logger.warn({ ambiguous }, 'wechat: some members were left unbound because their key is ambiguous');
  }

  private listen<A extends unknown[]>(event: string, fn: (...args: A) => void): void {
    const guarded = (...args: unknown[]): void => {
      try {
        fn(...(args as A));
      } catch (error) {
        this.handleError(error as Error);
      }
    };
    (this.wechaty as unknown as Emitter).on(event, guarded);
    this.listeners.push([event, guarded]);
  }

  /** Logins and messages are handled one at a time, in order: a message never races the identity re-sync. */
  private serially(fn: () => Promise<void>): void {
    this.chain = this.chain.then(fn).catch((error: unknown) => this.handleError(error as Error));
  }

  private handleScan(qrcode: string, status: types.ScanStatus): void {
    this.watchdog?.feed();
    const scanned = status === types.ScanStatus.Scanned || status === types.ScanStatus.Confirmed;
    this.state.scan(qrcode, scanned);
    this.logger.info({ status: types.ScanStatus[status] }, 'wechat: waiting for the QR code to be scanned');
    this.options.onScan?.(qrcode, types.ScanStatus[status] ?? String(status));
  }

  private async handleLogin(user: Contact): Promise<void> {
    this.state.login(user.name());
    this.logger.info({ user: user.name() }, 'wechat: logged in');
    this.room = null;
    await this.refresh('login');
    this.online = true;
    this.watchdog?.start(() => this.probe());
    this.options.onLogin?.(user.name());
  }

  private handleLogout(user: Contact | undefined, reason?: string): void {
    this.online = false;
    this.watchdog?.stop();
    this.state.logout();
    const why = reason ?? 'logout';
    this.logger.warn({ user: user?.name(), reason: why }, 'wechat: logged out; outbound messages are queued until the next login');
    this.options.onLogout?.(why);
  }

  private handleError(error: Error): void {
    const text = error?.message ?? String(error);
    this.state.error(text);
    this.logger.error({ err: text }, 'wechat: error');
  }

  private async handleMessage(message: Message): Promise<void> {
    this.watchdog?.feed();
    const selfId = this.wechaty.isLoggedIn ? this.wechaty.currentUser.id : '';
    const inbound = await toInbound(message, { isChannel: (room) => this.isChannel(room) }, selfId);
    if (!inbound) return;
    const talker = message.talker();
    const memberId = this.people.identities.memberOf(talker.id);
    if (memberId === null && Date.now() - this.lastSyncAt >= this.o.resyncGapMs) await this.refresh('unknown sender');
    else if (memberId !== null) {
      const member = this.people.roster.member(memberId);
      if (member) learnKey(this.people.state, member, await keysOf(talker));
    }
    const raw = message.payload ?? null;
    if (inbound.at.getTime() < this.startedAt - this.o.staleMarginMs) {
      this.logger.info({ id: inbound.id, at: inbound.at.toISOString() }, 'wechat: offline replay, stored without acting');
      this.options.archive?.(inbound, raw);
      return;
    }
    await this.deliver?.(inbound, raw);
  }

  private async isChannel(room: Room): Promise<boolean> {
    if (this.room && room.id === this.room.id) return true;
    if (this.options.roomId) return room.id === this.options.roomId;
    if (!this.options.roomTopic || (await room.topic()) !== this.options.roomTopic) return false;
    this.room = room;
    this.state.room(room.id, this.options.roomTopic);
    return true;
  }

  private async findRoom(): Promise<Room | null> {
    const { roomId, roomTopic } = this.options;
    const room = roomId ? await this.wechaty.Room.find({ id: roomId }) : roomTopic ? await this.wechaty.Room.find({ topic: roomTopic }) : undefined;
    this.room = room ?? null;
    this.state.room(this.room?.id ?? null, this.room ? await this.room.topic() : null);
    if (!this.room) this.logger.warn({ roomId, roomTopic }, 'wechat: the consolidated room was not found (yet)');
    return this.room;
  }

  private async contactKeys(): Promise<ContactKeys[]> {
    const selfId = this.wechaty.isLoggedIn ? this.wechaty.currentUser.id : '';
    const all = new Map<string, Contact>();
    for (const c of await this.wechaty.Contact.findAll()) all.set(c.id, c);
    if (this.room) for (const c of await this.room.memberAll()) all.set(c.id, c);
    const people = [...all.values()].filter((c) => c.id !== selfId && c.type() === types.Contact.Individual);
    return Promise.all(people.map(keysOf));
  }

  private async conversation(target: WechatTarget): Promise<Conversation> {
    if (target.kind === 'room') {
      const room = this.room ?? (await this.findRoom());
      if (!room) throw new Error('the consolidated wechat room was not found (check WECHAT_ROOM_TOPIC / WECHAT_ROOM_ID)');
      return { room };
    }
    if (target.kind === 'member') {
      const memberId = target.id;
      const contactId = this.people.identities.of(memberId);
      if (!contactId) throw new Error(`member ${memberId} is not matched to a wechat contact yet`);
      const contact = await this.wechaty.Contact.find({ id: contactId });
      if (!contact) throw new Error(`wechat contact of member ${memberId} not found`);
      return { contact };
    }
    const contact = await this.wechaty.Contact.find({ id: target.id }).catch(() => undefined);
    // A stranger's contact id from before a re-login is gone for good.
    if (!contact) throw new PermanentSendError(`wechat contact ${target.id} no longer exists`);
    return { contact };
  }

  private async contactsOf(memberIds: string[]): Promise<Contact[]> {
    const out: Contact[] = [];
    for (const memberId of memberIds) {
      const id = this.people.identities.of(memberId);
      const contact = id ? await this.wechaty.Contact.find({ id }).catch(() => undefined) : undefined;
      if (contact) out.push(contact);
    }
    return out;
  }

  private probe(): void {
    try {
      this.wechaty.ding('onetable');
    } catch {
      // Not every puppet answers a ding; heartbeats and messages still feed the watchdog.
    }
  }

  private async restart(silentMs: number): Promise<void> {
    this.logger.warn({ silentMs }, 'wechat: no heartbeat from the puppet, restarting it');
    this.state.restarted();
    this.online = false;
    try {
      await this.wechaty.stop();
      await this.wechaty.start();
    } catch (error) {
      this.handleError(error as Error);
    }
  }
}

interface Emitter {
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  off(event: string, fn: (...args: unknown[]) => void): unknown;
}

async function keysOf(contact: Contact): Promise<ContactKeys> {
  const alias = await contact.alias().catch(() => undefined);
  return { id: contact.id, alias: alias ?? null, name: contact.name() };
}

export function createWechatAdapter(options: WechatAdapterOptions): WechatAdapter {
  return new WechatAdapter(options);
}
