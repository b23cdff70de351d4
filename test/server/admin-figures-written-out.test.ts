// The admin console writes a figure the way people write it, never in exponent form: the audit log's 数值 0.0000001
// and the pool's CSV export cell, not 1e-7 (writeDecimal, src/domain/numbers.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAudit } from '../../src/server/admin/audit-text.js';
import { adminHeaders, startTestOnetable, type Booted } from '../support/boot.js';

let s: Booted;
beforeAll(async () => {
  s = await startTestOnetable();
  s.onetable.store.pool.put({
    unit: 'shiqiao', field: 'dibao_amount', period: '2026-11', value: 0.0000001, memberId: 'sq_shebao', messageId: null, at: new Date('2026-11-23T10:00:00+08:00'),
  });
});
afterAll(async () => {
  await s?.stop();
});

describe('figures in the admin console', () => {
  it('the audit log says a reported figure in plain digits', () => {
    const roster = s.onetable.store.roster.snapshot();
    const line = describeAudit(
      { actor: 'sq_shebao', action: 'value.report', subject: 'shiqiao/dibao_amount/2026-11', detail: { value: 0.0000001, raw: '0.0000001元' } },
      { roster, fields: s.onetable.store.fields.all(), pluginTitle: (n) => n, pluginFieldLabel: (_p, k) => k, requestTitle: () => undefined },
    );
    expect(line.detail).toContain('数值 0.0000001（原话');
  });

  it('the pool\'s CSV export writes the cell in plain digits', async () => {
    const res = await s.request('/api/admin/pool/export.csv?ledger=social_assistance&period=2026-11', { headers: adminHeaders() });
    const text = await res.text();
    expect(text).toMatch(/石桥镇,[^\r\n]*0\.0000001/);
    expect(text).not.toContain('e-7');
  });
});
