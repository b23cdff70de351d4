// The web channel: an ask shows last month's figure on its card; 与上月相同, an untouched input and a typed 无变化 answer it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootOnetable, say, type Booted } from '../../support/boot.js';

const REQUEST = '【区民政局】各镇街：请于11月25日前报送本月低保户数、特困供养人数。';
const STAFF = 'cn_shebao';
let s: Booted;

beforeEach(async () => {
  s = await bootOnetable();
  s.onetable.store.pool.put({
    unit: 'chengnan', field: 'dibao_households', period: '2026-10', value: 64, memberId: STAFF, messageId: null,
    at: new Date('2026-10-27T10:00:00+08:00'),
  });
  await say(s, 'lead_mz', 'channel', REQUEST);
});
afterEach(async () => {
  await s?.stop();
});

async function askCard(): Promise<{ text: string; card: { collectionId: number; fields: Array<{ key: string; value?: string }> } }> {
  const res = await s.request(`/api/web/messages?chat=dm:${STAFF}`);
  const { messages } = await res.json() as { messages: Array<{ text: string; card: unknown }> };
  const ask = messages.find((m) => m.text.startsWith('【报数】'))!;
  return ask as never;
}

const value = () => s.onetable.store.pool.get('chengnan', 'dibao_households', '2026-11');

describe('web channel prefill', () => {
  it('shows 上月 on the ask and prefills its card; the 与上月相同 button stores it as confirmed', async () => {
    const ask = await askCard();
    expect(ask.text).toContain('上月：64户');
    expect(ask.card.fields.find((f) => f.key === 'dibao_households')?.value).toBe('64');
    await say(s, STAFF, 'dm', '', { collectionId: ask.card.collectionId, values: {}, same: true });
    expect([value()?.value, value()?.source]).toEqual([64, 'confirmed from 2026-10']);
  });

  it('takes a submitted card whose prefilled input was left as it was as confirmed', async () => {
    const ask = await askCard();
    await say(s, STAFF, 'dm', '', { collectionId: ask.card.collectionId, values: { dibao_households: '64', tekun_persons: '3' } });
    expect([value()?.value, value()?.source]).toEqual([64, 'confirmed from 2026-10']);
    expect(s.onetable.store.pool.get('chengnan', 'tekun_persons', '2026-11')?.value).toBe(3);
  });

  it('takes a typed 没变 as confirmed', async () => {
    await say(s, STAFF, 'dm', '没变');
    expect([value()?.value, value()?.source]).toEqual([64, 'confirmed from 2026-10']);
  });
});
