// The open questions a member was asked back: a newer one about the same item replaces the older, an expired one is no
// longer open, and a figure stored for the item by any reply closes it.
import { describe, expect, it } from 'vitest';
import { useStoreFile } from '../support/store-file.js';

const file = useStoreFile();
const asked = new Date('2026-11-23T03:00:00Z');
const later = (hours: number): Date => new Date(asked.getTime() + hours * 3_600_000);
const question = (at: Date, raw: string) => ({
  memberId: 'sll_jz', unit: 'shenglilu', field: 'dibao_persons', period: '2026-11', raw, question: `是“${raw}”还是“196”？`,
  readings: [{ value: Number(raw), raw }, { value: 196, raw: '196' }], messageId: 7, askedAt: at, expiresAt: later(24 * 7),
});

describe('open questions', () => {
  it('keeps the readings and the message that raised it, one open question per item', () => {
    const q = file.store().questions;
    q.ask(question(asked, '186'));
    q.ask(question(later(1), '176'));
    const open = q.openOf('sll_jz', later(2));
    expect(open.map((o) => o.readings.map((r) => r.value))).toEqual([[176, 196]]);
    expect(open[0]).toMatchObject({ messageId: 7, period: '2026-11', askedAgain: false });
  });

  it('is no longer open once expired, answered, or settled by a figure stored for the item', () => {
    const q = file.store().questions;
    q.ask(question(asked, '186'));
    expect(q.openOf('sll_jz', later(24 * 8))).toEqual([]);
    const id = q.openOf('sll_jz', later(1))[0]!.id;
    q.markAskedAgain(id);
    expect(q.openOf('sll_jz', later(1))[0]!.askedAgain).toBe(true);
    q.closeFor('shenglilu', 'dibao_persons', '2026-11', 9, later(2));
    expect(q.openOf('sll_jz', later(3))).toEqual([]);
  });
});
