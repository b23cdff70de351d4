import { AsksRepo } from './asks.js';
import { CollectionsRepo } from './collections.js';
import { DataVersion } from './data-version.js';
import { openDatabase, type Db } from './db.js';
import type Database from 'better-sqlite3';
import { FieldsRepo } from './fields.js';
import { HeldRepo } from './held.js';
import { InboxRepo } from './inbox.js';
import { InitiatedDmsRepo } from './initiated-dms.js';
import { MessagesRepo } from './messages.js';
import { BindingsRepo } from './bindings.js';
import { BurdenRepo } from './burden.js';
import { AuditRepo, CountersRepo, MetaRepo, PluginStateRepo, PluginsRepo, ScheduleRunsRepo, SettingsRepo } from './misc.js';
import { OutboxRepo } from './outbox.js';
import { PoolRepo } from './pool.js';
import { QuestionsRepo } from './questions.js';
import { RequestsRepo } from './requests.js';
import { RosterRepo } from './roster.js';
import { LoginThrottleRepo, SecurityLogRepo, SessionsRepo } from './sessions.js';
import { StandingLedgersRepo } from './standing-ledgers.js';
import { VoiceReportsRepo } from './voice-reports.js';
import { transactionReads, type TransactionReads } from './transaction-reads.js';
import { ExportLayoutsRepo } from './export-layouts.js';
import type { WorkCounts } from './work-counts.js';
import { workCounts } from './work-counts.js';

/** Every repository over one SQLite database. */
/** Turns at writing, between connections of one process that share the file. */
export interface WriteGate {
  enter(): void;
  leave(): void;
  /** A write is on its way (a message was received and will be stored within this turn): the other side waits. */
  coming?(): void;
  /** Inside a turn: the other side wants to write now (or soon), so a turn of several steps should end (the worker's). */
  wanted?(): boolean;
}

export class Store {
  readonly inbox: InboxRepo;
  readonly messages: MessagesRepo;
  readonly outbox: OutboxRepo;
  readonly roster: RosterRepo;
  readonly fields: FieldsRepo;
  readonly requests: RequestsRepo;
  readonly collections: CollectionsRepo;
  readonly asks: AsksRepo;
  readonly pool: PoolRepo;
  readonly held: HeldRepo;
  readonly questions: QuestionsRepo;
  readonly audit: AuditRepo;
  readonly settings: SettingsRepo;
  readonly scheduleRuns: ScheduleRunsRepo;
  readonly counters: CountersRepo;
  readonly plugins: PluginsRepo;
  readonly pluginState: PluginStateRepo;
  readonly bindings: BindingsRepo;
  readonly meta: MetaRepo;
  readonly sessions: SessionsRepo;
  readonly loginThrottle: LoginThrottleRepo;
  readonly securityLog: SecurityLogRepo;
  readonly initiatedDms: InitiatedDmsRepo;
  readonly standingLedgers: StandingLedgersRepo;
  readonly voiceReports: VoiceReportsRepo;
  readonly exportLayouts: ExportLayoutsRepo;
  readonly burden: BurdenRepo;
  private readonly dataVersion: DataVersion;
  /** Point lookups kept within one outermost transaction, dropped by the writes that change them (transaction-reads.ts). */
  private readonly reads: TransactionReads;
  /** One transaction wrapper for every call (better-sqlite3 builds four functions for each db.transaction()). */
  private readonly runTransaction: Database.Transaction<(fn: () => unknown) => unknown>;

  constructor(readonly db: Db) {
    // First: every statement the repositories prepare is then watched for the tables it writes.
    this.reads = transactionReads(db);
    this.runTransaction = db.transaction((fn: () => unknown) => fn());
    this.inbox = new InboxRepo(db);
    this.messages = new MessagesRepo(db);
    this.outbox = new OutboxRepo(db);
    this.roster = new RosterRepo(db);
    this.fields = new FieldsRepo(db);
    this.requests = new RequestsRepo(db);
    this.collections = new CollectionsRepo(db);
    this.dataVersion = new DataVersion(db);
    this.asks = new AsksRepo(db, this.dataVersion);
    this.pool = new PoolRepo(db, this.dataVersion);
    this.held = new HeldRepo(db);
    this.questions = new QuestionsRepo(db);
    this.audit = new AuditRepo(db);
    this.settings = new SettingsRepo(db);
    this.scheduleRuns = new ScheduleRunsRepo(db);
    this.counters = new CountersRepo(db);
    this.plugins = new PluginsRepo(db);
    this.pluginState = new PluginStateRepo(db);
    this.bindings = new BindingsRepo(db);
    this.meta = new MetaRepo(db);
    this.sessions = new SessionsRepo(db);
    this.loginThrottle = new LoginThrottleRepo(db);
    this.securityLog = new SecurityLogRepo(db);
    this.initiatedDms = new InitiatedDmsRepo(db);
    this.standingLedgers = new StandingLedgersRepo(db);
    this.voiceReports = new VoiceReportsRepo(db);
    this.exportLayouts = new ExportLayoutsRepo(db);
    this.burden = new BurdenRepo(db);
  }

  static open(file: string, options: { checkIntegrity?: boolean } = {}): Store {
    return new Store(openDatabase(file, options));
  }

  /** Taken around each outermost transaction when another thread writes the same file (src/runtime/write-turns.ts). */
  writeGate: WriteGate | null = null;

  /**
   * BEGIN IMMEDIATE: the write lock is taken up front, so a transaction that reads before it writes waits for another
   * connection's writer (the processing worker) instead of failing with SQLITE_BUSY when it tries to write.
   */
  transaction<T>(fn: () => T): T {
    const outermost = !this.db.inTransaction;
    const gate = outermost ? this.writeGate : null;
    gate?.enter();
    if (outermost) {
      this.dataVersion.storeTransaction(true);
      this.reads.storeTransaction(true);
    }
    try {
      if (!outermost) return this.runTransaction.immediate(fn) as T;
      // Inside the transaction (no other connection can commit): drop what other connections wrote first, and count
      // this one's own writes in last (DataVersion).
      const watched = (): T => {
        this.dataVersion.begin();
        const value = fn();
        this.dataVersion.settle();
        return value;
      };
      if (workCounts) return countedTransaction(this.runTransaction, watched, workCounts);
      return this.runTransaction.immediate(watched) as T;
    } catch (error) {
      // Rolled back: reads cached by the repositories may hold writes that never happened.
      this.asks.forgetCached();
      this.pool.forgetCached();
      this.reads.rolledBack();
      throw error;
    } finally {
      if (outermost) {
        this.dataVersion.storeTransaction(false);
        this.reads.storeTransaction(false);
      }
      gate?.leave();
    }
  }

  /**
   * Runs `fn` (a read: a scheduler's next time from data) and tells afterwards whether anything it read may have
   * changed: a write on this connection to a table it read (including through the repositories' in-memory caches), a
   * rollback, or another connection's commit. `unchanged` is false from the start when `fn` wrote.
   */
  trackReads<T>(fn: () => T): { value: T; unchanged: () => boolean } {
    const version = this.dataVersion.current();
    const { value, stamp } = this.reads.track(fn);
    return { value, unchanged: () => stamp !== null && this.reads.unchanged(stamp) && this.dataVersion.current() === version };
  }

  close(): void {
    if (this.db.open) {
      // Lets SQLite refresh its planner statistics where they have gone stale (cheap; recommended on close).
      try {
        this.db.pragma('optimize');
      } catch {
        // a read-only or failing database still closes
      }
      this.db.close();
    }
  }
}

/** An outermost transaction, its BEGIN IMMEDIATE and COMMIT counted apart from the work inside it. */
function countedTransaction<T>(run: Database.Transaction<(fn: () => unknown) => unknown>, fn: () => T, counts: WorkCounts): T {
  let inner = 0;
  const t = performance.now();
  const result = run.immediate(() => {
    const s = performance.now();
    try {
      return fn();
    } finally {
      inner = performance.now() - s;
    }
  }) as T;
  counts.add('transaction BEGIN + COMMIT', performance.now() - t - inner);
  return result;
}
