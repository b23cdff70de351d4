// The anatomy of a notice: every message is split into its parts before anything is read from it.
import { describe, expect, it } from 'vitest';
import { partTexts, readAnatomy, type PartKind } from '../../../src/domain/request/anatomy.js';

const kinds = (text: string): Array<[PartKind, string]> => {
  const a = readAnatomy(text);
  return a.parts.map((p) => [p.kind, text.slice(p.start, p.end)]);
};
const partsOf = (text: string, kind: PartKind): string[] => partTexts(readAnatomy(text), kind);

const formal = [
  '区卫生健康委员会',
  '关于报送家庭医生签约服务数据的通知',
  '各镇人民政府、各街道办事处：',
  '为做好2027年基本公共卫生服务项目资金测算，根据市卫健委工作安排，现将有关事项通知如下：',
  '一、统计内容',
  '（一）家庭医生签约人数；',
  '（二）重点人群签约人数。',
  '二、填报说明',
  '1. 签约人数以签约系统在册数为准；',
  '2. 已解约的不计入。',
  '三、报送时间',
  '请于12月8日（星期二）下班前报区卫健委基层卫生科。',
  '联系人：吴芳，电话：6621100',
  '附件：家庭医生签约情况统计表.xlsx',
  '区卫生健康委员会',
  '2026年12月1日',
].join('\n');

describe('notice anatomy', () => {
  it('finds the title with its issuing office, and the addressee line', () => {
    expect(partsOf(formal, 'title')).toEqual(['区卫生健康委员会', '关于报送家庭医生签约服务数据的通知']);
    expect(partsOf(formal, 'addressee')).toEqual(['各镇人民政府、各街道办事处：']);
  });

  it('separates the purpose from the ask in the same sentence', () => {
    expect(partsOf(formal, 'purpose')).toEqual(['为做好2027年基本公共卫生服务项目资金测算，根据市卫健委工作安排，']);
    expect(partsOf(formal, 'ask')).toContain('现将有关事项通知如下：');
  });

  it('gives each numbered section the kind its heading names', () => {
    expect(partsOf(formal, 'items')).toEqual(['一、统计内容', '（一）家庭医生签约人数；', '（二）重点人群签约人数。']);
    expect(partsOf(formal, 'rules')).toEqual(['二、填报说明', '1. 签约人数以签约系统在册数为准；', '2. 已解约的不计入。']);
    expect(partsOf(formal, 'deadline')).toEqual(['三、报送时间']);
  });

  it('sets contacts, attachments and the signature apart', () => {
    expect(partsOf(formal, 'contact')).toEqual(['联系人：吴芳，电话：6621100']);
    expect(partsOf(formal, 'attachment')).toEqual(['附件：家庭医生签约情况统计表.xlsx']);
    expect(partsOf(formal, 'signature')).toEqual(['区卫生健康委员会', '2026年12月1日']);
  });

  it('reads a short chat message as a topic and an ask', () => {
    expect(kinds('低保户数和特困人数，请各村周五前报一下')).toEqual([['topic', '低保户数和特困人数，'], ['ask', '请各村周五前报一下']]);
    expect(kinds('请各村周五前报一下低保户数')).toEqual([['ask', '请各村周五前报一下低保户数']]);
  });

  it('takes the entries after a list intro (以下数据：) as the item list, up to the first unnumbered line', () => {
    const text = '请各镇街报送以下数据：\n1. 低保户数；\n2. 特困人数。\n请于11月30日前报送。';
    expect(partsOf(text, 'items')).toEqual(['1. 低保户数；', '2. 特困人数。']);
    expect(partsOf(text, 'ask')).toEqual(['请各镇街报送以下数据：', '请于11月30日前报送。']);
  });

  it('knows an item list under a heading with no number (统计内容：)', () => {
    const text = '各村（社区）：\n统计内容：\n1. 出生人数\n2. 死亡人数\n请于周五前报送。';
    expect(partsOf(text, 'items')).toEqual(['统计内容：', '1. 出生人数', '2. 死亡人数']);
    expect(partsOf(text, 'ask')).toEqual(['请于周五前报送。']);
  });

  it('marks notes (注：) and conditions (…的，不计入) as rules, not items', () => {
    const text = '请统计本月以下数据：\n1. 检查户次；\n注：与消防联合检查的，不得与消防检查家数混报。\n同时享受两项补贴的，分别计入。';
    expect(partsOf(text, 'rules')).toEqual(['注：与消防联合检查的，不得与消防检查家数混报。', '同时享受两项补贴的，分别计入。']);
  });

  it('marks a higher body\'s requirement as a quote', () => {
    const text = '市局《关于开展底数核查的通知》要求各区县于11月28日前上报。请各镇街于11月26日前报送退役军人人数。';
    expect(partsOf(text, 'quote')).toEqual(['市局《关于开展底数核查的通知》要求各区县于11月28日前上报。']);
    expect(kinds('市里要求月底前汇总，请各村28日前报低保户数')[0]).toEqual(['quote', '市里要求月底前汇总，']);
  });

  it('marks sentences before the ask that state a situation as background', () => {
    const text = '2027年度集中征缴期为2026年9月1日至12月31日，目前全区进度滞后。请各镇街统计截至11月25日已缴费人数。';
    expect(partsOf(text, 'background')).toEqual(['2027年度集中征缴期为2026年9月1日至12月31日，目前全区进度滞后。']);
  });

  it('cuts a contact off the end of a line', () => {
    expect(kinds('请各村周五前报低保户数。联系人：张三 13800000000')).toEqual([
      ['ask', '请各村周五前报低保户数。'], ['contact', '联系人：张三 13800000000'],
    ]);
  });

  it('takes a forwarded notice\'s header line as part of its title', () => {
    expect(partsOf('转区医保局通知：\n关于报送征缴进度的通知\n各镇街：\n请统计已缴费人数。', 'title'))
      .toEqual(['转区医保局通知：', '关于报送征缴进度的通知']);
  });
});
