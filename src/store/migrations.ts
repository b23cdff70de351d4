// Forward-only schema migrations. Append a new entry; never edit one that has shipped. A transaction read (memo) of a
// table whose writes are not counted yet needs a migration counting them (`countedWrites(['the_table'])`, data-version.ts;
// test/store/write-counts.test.ts checks every table the memos read).

/**
 * The three triggers (insert, update, delete) that count every write to each table in `table_writes`, and the tables'
 * rows there: how a connection tells which tables another connection's commit wrote (DataVersion).
 */
export function countedWrites(tables: readonly string[]): string {
  return tables.map((t) => {
    const bump = `INSERT INTO table_writes (name, n) VALUES ('${t}', 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;`;
    return `INSERT OR IGNORE INTO table_writes (name, n) VALUES ('${t}', 0);
  CREATE TRIGGER count_writes_${t}_insert AFTER INSERT ON ${t} BEGIN ${bump} END;
  CREATE TRIGGER count_writes_${t}_update AFTER UPDATE ON ${t} BEGIN ${bump} END;
  CREATE TRIGGER count_writes_${t}_delete AFTER DELETE ON ${t} BEGIN ${bump} END;`;
  }).join('\n  ');
}

export const migrations: string[] = [
  /* 1: everything the bot keeps */ `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    message_id TEXT NOT NULL,
    chat_kind TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    sender_id TEXT NOT NULL,
    sender_name TEXT,
    text TEXT NOT NULL,
    mentions_bot INTEGER NOT NULL DEFAULT 0,
    mentions TEXT NOT NULL DEFAULT '[]',
    at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    raw TEXT,
    member_id TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    error TEXT,
    processed_at TEXT,
    UNIQUE (platform, message_id)
  );
  CREATE INDEX inbox_pending ON inbox (status, seq);

  CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    chat TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    card TEXT,
    reply_to INTEGER,
    inbox_seq INTEGER,
    kind TEXT NOT NULL DEFAULT 'chat'
  );
  CREATE INDEX messages_chat ON messages (chat, id);
  CREATE INDEX messages_at ON messages (at);
  CREATE INDEX messages_inbox ON messages (inbox_seq);

  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id INTEGER NOT NULL REFERENCES messages(id),
    platform TEXT NOT NULL,
    target TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    sent_id TEXT,
    sent_at TEXT,
    UNIQUE (message_id, platform)
  );
  CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

  CREATE TABLE departments (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]');
  CREATE TABLE units (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, parent TEXT);
  CREATE TABLE members (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
    department TEXT, unit TEXT, serves TEXT NOT NULL DEFAULT '[]', identities TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE identities (
    platform TEXT NOT NULL, external_id TEXT NOT NULL, member_id TEXT NOT NULL, bound_at TEXT NOT NULL,
    PRIMARY KEY (platform, external_id)
  );
  CREATE INDEX identities_member ON identities (member_id, platform);

  CREATE TABLE ledgers (key TEXT PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE fields (
    key TEXT PRIMARY KEY, label TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', type TEXT NOT NULL,
    unit TEXT, min REAL, max REAL, options TEXT, ledger TEXT, source TEXT NOT NULL DEFAULT 'builtin'
  );

  CREATE TABLE requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id INTEGER NOT NULL,
    member_id TEXT NOT NULL,
    department TEXT NOT NULL,
    title TEXT NOT NULL,
    fields TEXT NOT NULL,
    new_fields TEXT NOT NULL DEFAULT '[]',
    period TEXT NOT NULL,
    deadline TEXT,
    deadline_has_time INTEGER NOT NULL DEFAULT 0,
    targets TEXT NOT NULL,
    collection_id INTEGER,
    status TEXT NOT NULL DEFAULT 'active',
    created_at TEXT NOT NULL
  );
  CREATE INDEX requests_member ON requests (member_id, id);
  CREATE INDEX requests_collection ON requests (collection_id);

  CREATE TABLE collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    period TEXT NOT NULL,
    deadline TEXT,
    closes_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL,
    done_at TEXT
  );
  CREATE INDEX collections_open ON collections (status, closes_at);
  CREATE TABLE collection_items (
    collection_id INTEGER NOT NULL, period TEXT NOT NULL, field TEXT NOT NULL,
    PRIMARY KEY (collection_id, field)
  );
  CREATE INDEX collection_items_field ON collection_items (period, field, collection_id);
  CREATE TABLE collection_units (
    collection_id INTEGER NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (collection_id, unit)
  );

  CREATE TABLE asks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    collection_id INTEGER NOT NULL,
    unit TEXT NOT NULL,
    field TEXT NOT NULL,
    period TEXT NOT NULL,
    member_id TEXT NOT NULL,
    at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    answered_at TEXT,
    UNIQUE (unit, field, period)
  );
  CREATE INDEX asks_member ON asks (member_id, status);
  CREATE INDEX asks_collection ON asks (collection_id);

  CREATE TABLE pool (
    unit TEXT NOT NULL, field TEXT NOT NULL, period TEXT NOT NULL,
    value TEXT NOT NULL, member_id TEXT, message_id INTEGER, at TEXT NOT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (unit, field, period)
  );
  CREATE TABLE pool_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    unit TEXT NOT NULL, field TEXT NOT NULL, period TEXT NOT NULL,
    value TEXT NOT NULL, member_id TEXT, message_id INTEGER, at TEXT NOT NULL, version INTEGER NOT NULL
  );
  CREATE INDEX pool_history_key ON pool_history (unit, field, period, version);

  CREATE TABLE counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
  CREATE TABLE counter_days (day TEXT NOT NULL, key TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (day, key));

  CREATE TABLE schedule_runs (key TEXT PRIMARY KEY, at TEXT NOT NULL);

  CREATE TABLE plugins (name TEXT PRIMARY KEY, enabled INTEGER, config TEXT NOT NULL DEFAULT '{}', updated_at TEXT NOT NULL);

  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT, detail TEXT
  );
  CREATE INDEX audit_action ON audit (action, id);
  `,
  /* 2: form submissions (card or web form) keep their form through the inbox */ `
  ALTER TABLE inbox ADD COLUMN form TEXT;
  `,
  /* 3: asks and pool values of a field in a period (digests, reminders, ledger views) without scanning the table */ `
  CREATE INDEX asks_period_field ON asks (period, field);
  CREATE INDEX pool_period_field ON pool (period, field, unit);
  `,
  /* 4: binding requests and plugins' own state get tables of their own (they were keys in settings) */ `
  CREATE TABLE binding_requests (
    platform TEXT NOT NULL, external_id TEXT NOT NULL, member_id TEXT NOT NULL, code TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (platform, external_id)
  );
  INSERT INTO binding_requests (platform, external_id, member_id, code, at)
    SELECT substr(rest, 1, instr(rest, ':') - 1), substr(rest, instr(rest, ':') + 1),
      json_extract(value, '$.memberId'), json_extract(value, '$.code'), json_extract(value, '$.at')
    FROM (SELECT substr(key, 9) AS rest, value FROM settings WHERE key LIKE 'binding:%')
    WHERE instr(rest, ':') > 0 AND json_extract(value, '$.code') IS NOT NULL AND json_extract(value, '$.memberId') IS NOT NULL;
  DELETE FROM settings WHERE key LIKE 'binding:%';

  CREATE TABLE plugin_state (plugin TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (plugin, key));
  INSERT INTO plugin_state (plugin, key, value) SELECT 'lark', 'p2p', value FROM settings WHERE key = 'lark.p2p';
  INSERT INTO plugin_state (plugin, key, value) SELECT 'wechat', 'learned-keys', value FROM settings WHERE key = 'wechat:learned-keys';
  DELETE FROM settings WHERE key IN ('lark.p2p', 'wechat:learned-keys');
  `,
  /* 5: outbox targets in columns of their own (kind, id, mentions), the adapters' kinds, instead of a JSON string */ `
  ALTER TABLE outbox ADD COLUMN target_kind TEXT NOT NULL DEFAULT '';
  ALTER TABLE outbox ADD COLUMN target_id TEXT NOT NULL DEFAULT '';
  ALTER TABLE outbox ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
  UPDATE outbox SET
    target_kind = CASE WHEN instr(t, ':') > 0 THEN substr(t, 1, instr(t, ':') - 1) ELSE t END,
    target_id = CASE WHEN instr(t, ':') > 0 THEN substr(t, instr(t, ':') + 1) ELSE '' END,
    mentions = m
  FROM (SELECT id AS row_id, coalesce(json_extract(target, '$.target'), '') AS t, coalesce(json_extract(target, '$.mentions'), '[]') AS m
    FROM outbox WHERE json_valid(target)) WHERE id = row_id;
  -- A reply to someone not on the roster was 'raw:<chat id>': Lark's chat_id, a WeChat contact.
  UPDATE outbox SET target_kind = CASE platform WHEN 'lark' THEN 'chat_id' ELSE 'contact' END WHERE target_kind = 'raw';
  ALTER TABLE outbox DROP COLUMN target;
  `,
  /* 6: sign-in: sessions and one-time sign-in codes (kept hashed), login throttling per address, a security log apart from the audit */ `
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL
  );
  CREATE INDEX sessions_subject ON sessions (kind, subject);
  CREATE TABLE sign_in_codes (
    code_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL
  );
  CREATE TABLE login_throttle (
    address TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at TEXT NOT NULL, blocked_until TEXT
  );
  CREATE TABLE security_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, event TEXT NOT NULL, address TEXT, subject TEXT, detail TEXT
  );
  `,
  /* 7: asks wait for their member's batch (sent_at null until it goes out); every DM the bot starts is logged per day */ `
  ALTER TABLE asks ADD COLUMN sent_at TEXT;
  UPDATE asks SET sent_at = at;
  ALTER TABLE asks ADD COLUMN department TEXT NOT NULL DEFAULT '';
  CREATE INDEX asks_member_status ON asks (member_id, status);
  CREATE TABLE initiated_dms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id TEXT NOT NULL, day TEXT NOT NULL, at TEXT NOT NULL, message_id INTEGER NOT NULL, kind TEXT NOT NULL
  );
  CREATE INDEX initiated_dms_member_day ON initiated_dms (member_id, day);
  `,
  /* 8: where a pool value came from when nobody typed it (confirmed from an earlier period's figure) */ `
  ALTER TABLE pool ADD COLUMN source TEXT;
  ALTER TABLE pool_history ADD COLUMN source TEXT;
  `,
  /* 9: standing ledgers (台账) that open a collection each period by themselves, and the rounds they opened */ `
  CREATE TABLE standing_ledgers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, department TEXT NOT NULL, fields TEXT NOT NULL, cadence TEXT NOT NULL,
    due INTEGER NOT NULL, targets TEXT, since TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'active', source TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE ledger_rounds (
    ledger_id TEXT NOT NULL, period TEXT NOT NULL, request_id INTEGER, collection_id INTEGER, opened_at TEXT NOT NULL,
    PRIMARY KEY (ledger_id, period)
  );
  CREATE INDEX ledger_rounds_collection ON ledger_rounds (collection_id);
  CREATE INDEX ledger_rounds_request ON ledger_rounds (request_id);
  `,
  /* 10: reports from staff (反映：…) of a figure asked outside the channel or asked again; an anonymous one keeps no name */ `
  CREATE TABLE voice_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, member_id TEXT, unit TEXT, text TEXT NOT NULL,
    departments TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'new'
  );
  CREATE INDEX voice_reports_at ON voice_reports (at);
  `,
  /* 11: a department's saved export layouts: its own column order and labels, filled from the pool */ `
  CREATE TABLE export_layouts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, department TEXT NOT NULL, name TEXT NOT NULL, columns TEXT NOT NULL,
    created_at TEXT NOT NULL, UNIQUE (department, name)
  );
  `,
  /* 12: a figure the clerk gave as an estimate (约三百八, 1.2万左右) stays marked as one in the pool and its history */ `
  ALTER TABLE pool ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE pool_history ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;
  `,
  /* 13: data quality: per-field plausible maximum and history tolerance, cross-field rules, and figures held until the
     reporter confirms them or says which item or period they are for */ `
  ALTER TABLE fields ADD COLUMN plausible_max REAL;
  ALTER TABLE fields ADD COLUMN tolerance REAL;
  CREATE TABLE field_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT, left TEXT NOT NULL, op TEXT NOT NULL, right TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'builtin', UNIQUE (left, op, right)
  );
  CREATE TABLE held_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id TEXT NOT NULL, unit TEXT NOT NULL, field TEXT NOT NULL, period TEXT NOT NULL, value TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0, raw TEXT NOT NULL, reason TEXT NOT NULL, options TEXT,
    message_id INTEGER, at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', settled_at TEXT
  );
  CREATE INDEX held_values_member ON held_values (member_id, status);
  `,
  /* 14: asks the bot did not have to make, by day, department, the member it would have asked, and why */ `
  CREATE TABLE avoided_asks (
    day TEXT NOT NULL, department TEXT NOT NULL, member_id TEXT NOT NULL, reason TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, department, member_id, reason)
  );
  `,
  /* 15: a dictionary field can be marked personal (1) or not (0); null: read from its name */ `
  ALTER TABLE fields ADD COLUMN personal INTEGER;
  `,
  /* 16: a lead's active requests by department, period and deadline: a repeated notice is found without reading all */ `
  CREATE INDEX requests_member_active ON requests (member_id, department, period, deadline) WHERE status = 'active';
  `,
  /* 17: lookups made on every batch run and scheduler step, which scanned their table: the members with asks waiting
     for their batch, the next deadline of an incomplete collection */ `
  CREATE INDEX asks_waiting_member ON asks (member_id) WHERE status = 'open' AND sent_at IS NULL;
  CREATE INDEX collections_undone_deadline ON collections (deadline) WHERE done_at IS NULL AND deadline IS NOT NULL;
  `,
  /* 18: a figure stored for an item settles the item's open holds (held.settleFor, on every stored value), which scanned
     every hold ever made; asks_member_status repeated asks_member (member_id, status) and only slowed every ask's write */ `
  CREATE INDEX held_values_open_item ON held_values (unit, field, period) WHERE status = 'open';
  DROP INDEX asks_member_status;
  `,
  /* 19: questions the bot asked a member back about one item (是“0.6万”还是“0.65万”？, a refused figure), kept until the
     member's short answer settles them or they expire: the figures offered, the message that raised it and the answer */ `
  CREATE TABLE open_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id TEXT NOT NULL, unit TEXT NOT NULL, field TEXT NOT NULL, period TEXT NOT NULL, raw TEXT NOT NULL,
    question TEXT NOT NULL, readings TEXT NOT NULL, message_id INTEGER, asked_at TEXT NOT NULL, expires_at TEXT NOT NULL,
    asked_again INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'open', answer_message_id INTEGER, closed_at TEXT
  );
  CREATE INDEX open_questions_member ON open_questions (member_id) WHERE status = 'open';
  CREATE INDEX open_questions_item ON open_questions (unit, field, period) WHERE status = 'open';
  `,
  /* 20: figures held because the unit they were given under names no roster unit but is one character from one the
     reporter may report for (白菓村 for 白果村): the label as the reporter wrote it, until they say which unit was meant */ `
  ALTER TABLE held_values ADD COLUMN label TEXT;
  `,
  /* 21: the asks that went out, by department and member (the burden report in every digest, BurdenRepo.sentBy), which
     scanned and sorted every ask ever made */ `
  CREATE INDEX asks_sent_by ON asks (department, member_id) WHERE sent_at IS NOT NULL AND status != 'cancelled';
  `,
  /* 22: what a held figure waits for, said outright (HeldKind, held.ts) instead of read back from the question's words;
     the holds written before it get the kind their question's words gave: a choice (options), a figure waiting for a
     unit's name (哪个村的数？ / 「清平」是清平村还是清平社区？), a yes to the one unit suggested (是白沙村的吗？, no name
     written), a misnamed unit (any other name), a change against a unit's own figure (石桥村已报…，改为…吗？: the words
     after the last ， open on 改为 and end on 吗？), else a confirmation */ `
  ALTER TABLE held_values ADD COLUMN kind TEXT;
  UPDATE held_values SET kind = CASE
    WHEN options IS NOT NULL AND options != '' THEN 'choice'
    WHEN label IS NOT NULL AND (substr(reason, 1, 2) = '哪个'
      OR (substr(reason, 1, length(label) + 3) = '「' || label || '」是' AND instr(reason, '还是') > 0)) THEN 'which'
    WHEN label = '' AND substr(reason, 1, 1) = '是' AND substr(reason, -3) = '的吗？' THEN 'suggested'
    WHEN label IS NOT NULL THEN 'misnamed'
    WHEN instr(reason, '已报') > 0 AND instr(reason, '，') > 0 AND substr(reason, length(rtrim(reason, replace(reason, '，', ''))) + 1) GLOB '改为*吗？'
      THEN 'change'
    ELSE 'confirm' END;
  `,
  /* 23: the units a held figure's question offered by name (HeldValue.offered, held.ts), kept when it is held instead of
     read back from the question's words; the holds written before it get, once, the roster units their question names
     (the name as written, 「…」, left out), in roster order */ `
  ALTER TABLE held_values ADD COLUMN offered TEXT;
  UPDATE held_values SET offered = (SELECT json_group_array(id) FROM (SELECT u.id FROM units u
    WHERE instr(CASE WHEN label IS NOT NULL AND label != '' THEN replace(reason, '「' || label || '」', '') ELSE reason END, u.name) > 0
    ORDER BY u.rowid));
  `,
  /* 24: messages noted on their inbox row (InboxRepo.notedSince: figures sent before anything was asked, read again by
     every plan), which read every conversation line of the last day, the bot's own among them, to find a few */ `
  CREATE INDEX inbox_noted ON inbox (error) WHERE error IS NOT NULL;
  `,
  /* 25: writes counted for the tables the repositories' transaction reads and the pool's pairs come from
     (countedWrites): the processing worker dropped its collections' requests (read ~10 times a message), collections
     and pool rows on every commit of the server thread, which writes the inbox, its lines and the outbox
     (docs/performance.md, phase 28). Every other table counts as written by each commit of another connection
     (DataVersion). Not asks: its rows are the ones written most (9.6 a message), and counting them made each ask
     written dearer than its cached lists saved (bench/counts.ts: addAll 404 -> 2,059 µs a message) */ `
  CREATE TABLE table_writes (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  ${countedWrites(['collections', 'pool', 'requests'])}
  `,
];
