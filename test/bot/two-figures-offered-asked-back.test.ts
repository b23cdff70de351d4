// TWO_FIGURES_OFFERED: a question that names one item asked and offers two figures for it, each in a clause of its own
// (fresh9 满意率95是按户算的 按人算是93 报哪个; fresh6, fresh8 and fresh3 have the same kind of message), stores nothing and
// is asked back 报“96.5”还是“95.2”？; the answer picks one by the words it was said with (按户籍人口算的那个), by its
// place, or by the figure itself. The question still goes to the lead.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'sll_jz' });
const REQUEST = '【区医保局】请各镇街于11月30日前报送本月医保参保率。';

const rate = () => bot().store.pool.get('shenglilu', 'insured_rate', '2026-11')?.value;

describe('two figures offered for one item with a question', () => {
  it('asked back, nothing stored; 按户籍人口算的那个 picks the figure said with those words', () => {
    bot().send('lead_yb', 'channel', REQUEST, { at: AT('09:00') });
    const sent = bot().send('sll_jz', 'dm', '医保参保率96.5是按户籍人口算的，按常住人口算是95.2，报哪个？', { at: AT('10:00') }).out;
    expect(sent.find((m) => m.chat === 'dm:sll_jz')!.text).toContain('报“96.5”还是“95.2”？');
    expect(sent.find((m) => m.chat === 'channel')?.text).toContain('报哪个');
    expect(rate()).toBeUndefined();
    dm('按户籍人口算的那个', AT('10:30'));
    expect(rate()).toBe(96.5);
  });

  it('第二个 picks the second', () => {
    bot().send('lead_yb', 'channel', REQUEST, { at: AT('09:00') });
    dm('医保参保率96.5是按户籍人口算的 按常住人口算是95.2 报哪个', AT('10:00'));
    dm('第二个', AT('10:30'));
    expect(rate()).toBe(95.2);
  });
});
