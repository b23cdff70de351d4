// 各镇街注意，低保户数这项不用报了，只报人数 — a change said between a call to attention and what is left. It was read as a new
// request asking every unit for the very item dropped; it is the lead's removal of that item from their open request.
import { describe, expect, it } from 'vitest';
import { parseRequestEdits } from '../../../src/domain/request/edit.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:10:00+08:00');
const kinds = (text: string) => parseRequestEdits(text, ctx).map((e) => (e.kind === 'removeFields' ? `remove ${e.fields.join()}` : e.kind));

describe('a change among courtesies', () => {
  it('is the change, with the attention call and what is left around it', () => {
    expect(kinds('各镇街注意，低保户数这项不用报了，只报人数')).toEqual(['remove dibao_households']);
    expect(kinds('各位注意：百岁老人这项去掉，谢谢')).toEqual(['remove centenarians']);
  });

  it('is no new request', () => {
    expect(parseRequest('各镇街注意，低保户数这项不用报了，只报人数', member('lead_mz'), ctx)).toBeNull();
  });

  it('a clause that asks for something else keeps the message from being an edit', () => {
    expect(kinds('低保户数这项不用报了，请于11月30日前报送特困供养人数')).toEqual([]);
  });
});

describe('items named in a clause that tells the units not to report', () => {
  it('are not asked', () => {
    expect(parseRequest('请各镇街于11月30日前报送低保户数，特困人数不用报了', member('lead_mz'), ctx)?.fields).toEqual(['dibao_households']);
  });
});

describe('only some units to report', () => {
  it('注意：此次只需各街道报送，镇不用报 keeps the streets', () => {
    const [e] = parseRequestEdits('注意：此次只需各街道报送，镇不用报', ctx);
    expect(e?.kind === 'keepTargets' && e.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan']);
  });
});

describe('what a change leaves as it was, and apologies', () => {
  it('截止时间不变，另外加上特困供养人数 adds the item', () => {
    expect(kinds('截止时间不变，另外加上特困供养人数')).toEqual(['addFields']);
  });

  it('不好意思，刚才发错了，应该是报上个月的 moves the period to last month', () => {
    expect(parseRequestEdits('不好意思，刚才发错了，应该是报上个月的', ctx)).toEqual([{ kind: 'period', period: '2026-10' }]);
    expect(parseRequestEdits('应该是报上个月的低保户数', ctx)).toEqual([]);
  });
});
