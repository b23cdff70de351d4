// Each figure typed once: the ask shows last period's figure, and 无变化 or an untouched card input confirms it.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatches } from '../../src/bot/batches.js';
import { DIBAO_REQUEST, Harness } from '../support/harness.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let h: Harness;
const ZHUTUO = 'zt_jz';

beforeEach(() => {
  tmp = tempDir();
  h = new Harness(join(tmp.dir, 'bot.db'), { settings: { askBatches: ['09:00', '14:00'] } });
  // October's figures, reported a month ago (and an older one that must not be offered for November).
  const at = new Date('2026-10-28T10:00:00+08:00');
  h.store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-08', value: 99, memberId: ZHUTUO, messageId: null, at });
  h.store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-10', value: 120, memberId: ZHUTUO, messageId: null, at });
});
afterEach(() => {
  h.close();
  tmp.remove();
});

function askAndBatch(): { text: string; card: unknown } {
  h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T10:00:00+08:00' });
  h.clock.set(new Date('2026-11-23T14:00:00+08:00'));
  runBatches(h.bot.deps, h.clock.now());
  const dm = h.store.messages.fromBot().find((m) => m.chat === `dm:${ZHUTUO}`)!;
  return { text: dm.text, card: dm.card };
}

describe('prefill from the pool', () => {
  it('shows the unit\'s last figure with the ask and prefills the card input with it', () => {
    const { text, card } = askAndBatch();
    expect(text).toContain('低保户数（单位：户，填整数）　上月：120户');
    expect(text).not.toMatch(/低保人数[^\n]*上月/);
    expect(text).toContain('回复“无变化”');
    const fields = (card as { fields: Array<{ key: string; value?: string }> }).fields;
    expect(fields.find((f) => f.key === 'dibao_households')?.value).toBe('120');
    expect(fields.find((f) => f.key === 'dibao_persons')?.value).toBeUndefined();
  });

  it('stores 无变化 as the new period\'s value, marked as confirmed from the last one, and asks for what has no last figure', () => {
    askAndBatch();
    const out = h.send(ZHUTUO, 'dm', '无变化', { at: '2026-11-23T15:00:00+08:00' }).out;
    const v = h.store.pool.get('zhutuo', 'dibao_households', '2026-11')!;
    expect([v.value, v.source, v.memberId]).toEqual([120, 'confirmed from 2026-10', ZHUTUO]);
    expect(h.store.pool.get('zhutuo', 'dibao_persons', '2026-11')).toBeUndefined();
    expect(out[0]!.text).toContain('低保户数（2026年11月）：120户（与2026年10月相同）');
    expect(out[0]!.text).toContain('没有上期数据可以沿用，请直接回复数字：低保人数');
    expect(h.store.asks.all().find((a) => a.unit === 'zhutuo' && a.field === 'dibao_households')?.status).toBe('answered');
  });

  it('confirms only the items a reply names, and leaves other replies to the reply reader', () => {
    askAndBatch();
    h.send(ZHUTUO, 'dm', '低保人数无变化', { at: '2026-11-23T15:00:00+08:00' });
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')).toBeUndefined();
    h.send(ZHUTUO, 'dm', '低保户数125户', { at: '2026-11-23T15:05:00+08:00' });
    const v = h.store.pool.get('zhutuo', 'dibao_households', '2026-11')!;
    expect([v.value, v.source]).toEqual([125, null]);
  });

  it('takes a card input left at its prefilled figure as confirmed, and reads a changed one as typed', () => {
    askAndBatch();
    const form = (values: Record<string, string>, same = false) => h.bot.ingest({
      platform: 'web', id: `form-${Object.values(values).join('-')}-${same}`, chat: { kind: 'dm', id: ZHUTUO }, sender: { platformUserId: ZHUTUO },
      text: same ? '与上月相同' : Object.entries(values).map(([k, v]) => `${k}：${v}`).join('\n'), mentionsBot: false, at: h.clock.now(),
      form: { collectionId: 1, values, ...(same ? { same: true } : {}) },
    });
    const seq = form({ dibao_households: '120', dibao_persons: '210' });
    h.bot.process(seq!);
    const households = h.store.pool.get('zhutuo', 'dibao_households', '2026-11')!;
    expect([households.value, households.source]).toEqual([120, 'confirmed from 2026-10']);
    const persons = h.store.pool.get('zhutuo', 'dibao_persons', '2026-11')!;
    expect([persons.value, persons.source]).toEqual([210, null]);
  });

  it('takes the card\'s 与上月相同 button as confirming every prefilled figure', () => {
    askAndBatch();
    const seq = h.bot.ingest({
      platform: 'web', id: 'same-1', chat: { kind: 'dm', id: ZHUTUO }, sender: { platformUserId: ZHUTUO }, text: '与上月相同',
      mentionsBot: false, at: h.clock.now(), form: { collectionId: 1, values: {}, same: true },
    });
    h.bot.process(seq!);
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')?.source).toBe('confirmed from 2026-10');
    expect(h.store.pool.get('zhutuo', 'dibao_persons', '2026-11')).toBeUndefined();
  });
});
