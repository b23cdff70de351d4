// A batch marks the asks it carries sent at the time its line was recorded, as the outbound told it, without reading
// the line it has just written back from the store (docs/performance.md, phase 19).
import { describe, expect, it } from 'vitest';
import { runBatches } from '../../src/bot/batches.js';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';
import { STAFF_OF } from '../support/roster.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'] } });

describe('a batch message', () => {
  it('marks its asks sent at its own time without reading its line back', () => {
    harness().send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
    const messages = harness().store.messages;
    let readBack = 0;
    const atOf = messages.atOf.bind(messages);
    messages.atOf = (id) => {
      readBack++;
      return atOf(id);
    };
    harness().clock.set(new Date('2026-11-23T14:00:00+08:00'));
    expect(runBatches(harness().bot.deps, harness().clock.now())).toBeGreaterThan(0);
    const member = STAFF_OF.zhutuo!;
    const line = messages.fromBot().filter((m) => m.chat === `dm:${member}` && m.text.startsWith('【报数】')).at(-1)!;
    const asks = harness().store.asks.openOf(member);
    expect(asks).toHaveLength(2);
    expect(asks.map((a) => a.sentAt?.toISOString())).toEqual([line.at.toISOString(), line.at.toISOString()]);
    expect(readBack).toBe(0);
  });
});
