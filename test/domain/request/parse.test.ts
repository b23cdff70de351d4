import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import type { Member } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:30:00+08:00'; // Tuesday
const ALL = ['zhongshanlu', 'shenglilu', 'chashan', 'zhutuo', 'songji', 'laisu'];
const parse = (text: string, from = 'lead_mz', at = AT) => parseRequest(text, member(from), ctxAt(at));
const deadlineOf = (text: string, from = 'lead_mz'): string | null => {
  const r = parse(text, from);
  return r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('parseRequest: detection', () => {
  it.each([
    '收到', '好的', '谢谢各位', '', '   ', '🙏🙏🙏', 'Please report by Friday.',
    '请还未报送11月低保、特困数据的镇街抓紧报送，明天截止。',
    '松溉镇、来苏镇本月医疗救助人次还没报，请抓紧。',
    '【区民政局】关于做好冬春救助工作的通知，请各镇街认真组织学习，抓好落实。',
    '请问临时救助金额是按审批金额还是实际发放金额填？',
    '是同一个数，报一次就行，报数助手会自动合并👍',
    '【提醒】民政的数据明天截止，请各镇街按时报送。',
    '感谢各镇街配合，本月数据已基本收齐👍',
  ])('%s → not a request', (text) => expect(parse(text)).toBeNull());

  it('ignores staff, even when they write like a lead', () => {
    const staff: Member = { id: 's', name: '小王', role: 'staff', unit: 'zhutuo' };
    expect(parseRequest('请各镇街于11月30日前报送本月低保户数', staff, ctxAt(AT))).toBeNull();
    expect(parseRequest('@报数助手 来苏镇：低保户数156，低保人数248', staff, ctxAt(AT))).toBeNull();
  });
});

describe('parseRequest: requests', () => {
  it('reads a bracketed notice with a numbered list and compound items', () => {
    const r = parse('【区民政局】关于报送2026年11月社会救助数据的通知\n各镇街：\n请于11月26日前报送本月以下数据：\n1. 低保户数、人数；\n2. 特困供养人数；\n3. 临时救助人次及救助金额。\n联系人：周志刚，电话：49863021\n附件：社会救助月报表（2026年11月）.xlsx');
    expect(r).toMatchObject({
      department: 'minzheng', period: '2026-11', deadlineHasTime: false, targets: ALL,
      title: '关于报送2026年11月社会救助数据的通知',
      fields: ['dibao_households', 'dibao_persons', 'tekun_persons', 'temp_aid_times', 'temp_aid_amount'],
      newFields: [],
    });
  });

  it('reads (一)(二) lists and 一、二、 lists', () => {
    const a = parse('请各镇街月底前报送以下数据：（一）低保户数；（二）百岁老人人数。');
    expect(a?.fields).toEqual(['dibao_households', 'centenarians']);
    const b = parse('请各镇街12月1日前报送：\n一、低保人数\n二、医疗救助金额');
    expect(b?.fields).toEqual(['dibao_persons', 'medical_aid_amount']);
  });

  it('maps unknown items to new fields with a type', () => {
    const r = parse('民政：各镇街本周五前报一下本月高龄津贴发放人数、高龄津贴发放金额和是否完成年审');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields).toEqual([
      { label: '高龄津贴发放人数', type: 'integer' },
      { label: '高龄津贴发放金额', type: 'number' },
      { label: '是否完成年审', type: 'boolean' },
    ]);
  });

  it('does not turn contacts, attachments or purposes into fields', () => {
    const r = parse('请各镇街于11月30日前报送本月低保户数，用于年终考核。\n联系人：张三 13800000000\n附件：低保统计表.xlsx');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.newFields).toEqual([]);
  });

  it('takes the department from a header, a forward or an admin', () => {
    expect(parse('转区医保局通知：请各镇街于11月27日前报送本月医疗救助人次。', 'admin')?.department).toBe('yibao');
    expect(parse('【区住建委】请各镇街11月30日前报送本年度危房改造户数。', 'admin')?.department).toBe('zhujian');
    expect(parse('医保：各镇街周五前报本月医疗救助金额', 'admin')?.department).toBe('yibao');
    expect(parse('住建：朱沱镇月底前报一下危改户数', 'admin')?.department).toBe('zhujian');
    expect(parse('请各镇街于11月30日前报送本月低保户数', 'admin')?.department).toBe('');
  });

  it('reads periods', () => {
    expect(parse('请各镇街报送上月临时救助人次，周五前')?.period).toBe('2026-10');
    expect(parse('请各镇街于11月30日前报送10月份临时救助人次')?.period).toBe('2026-10');
    expect(parse('请各镇街于11月30日前报送四季度危房改造户数', 'lead_zj')?.period).toBe('2026-Q4');
    expect(parse('请各镇街于11月30日前报送全年危房改造户数', 'lead_zj')?.period).toBe('2026');
    expect(parse('请各镇街报送截至上周五百岁老人人数，本周五下班前报')?.period).toBe('2026-11-20');
    expect(parse('请各镇街于11月30日前报送截至今天的百岁老人人数')?.period).toBe('2026-11-24');
    expect(parse('请各镇街于11月30日前报送百岁老人人数')?.period).toBeNull();
  });

  it('does not take the deadline date for the period', () => {
    const r = parse('请各镇街于11月26日前报送百岁老人人数');
    expect(r?.period).toBeNull();
    expect(deadlineOf('请各镇街于11月26日前报送百岁老人人数')).toBe('2026-11-26T23:59');
  });

  it('reads deadlines with and without a clock', () => {
    const r = parse('区医保局：请各镇街于11月27日12:00前报送本月医疗救助人次', 'lead_yb');
    expect(r?.deadlineHasTime).toBe(true);
    expect(formatZoned(r!.deadline!, 'Asia/Shanghai')).toBe('2026-11-27T12:00:00+08:00');
    expect(deadlineOf('民政：各镇街今天下班前报一下上月临时救助人次')).toBe('2026-11-24T23:59');
    expect(deadlineOf('民政：各镇街报一下本月低保户数，明天中午12点前')).toBe('2026-11-25T12:00');
    expect(deadlineOf('请各镇街3天内报送本月低保户数')).toBe('2026-11-27T23:59');
    expect(deadlineOf('请各镇街报送本月低保户数')).toBeNull();
    const bad = parse('请各镇街于2月30日前报送本月低保户数');
    expect(bad?.fields).toEqual(['dibao_households']);
    expect(bad?.deadline).toBeNull();
  });

  it('reads targets', () => {
    const t = (text: string) => parse(text)?.targets;
    expect(t('朱沱、松溉、来苏三个镇，请11月30日前报一下本月低保户数')).toEqual(['zhutuo', 'songji', 'laisu']);
    expect(t('中山路、胜利路两个街道周五前报一下本月低保户数')).toEqual(['zhongshanlu', 'shenglilu']);
    expect(t('请三个街道周五前报一下本月低保户数')).toEqual(['zhongshanlu', 'shenglilu', 'chashan']);
    expect(t('请各镇周五前报一下本月低保户数')).toEqual(['zhutuo', 'songji', 'laisu']);
    expect(t('请各街道周五前报一下本月低保户数')).toEqual(['zhongshanlu', 'shenglilu', 'chashan']);
    expect(t('请各镇（街道）周五前报一下本月低保户数')).toEqual(ALL);
    expect(t('请朱沱镇各村周五前报一下本月低保户数')).toEqual(['dahe', 'shuanglong']);
    expect(t('请各村（社区）周五前报一下本月低保户数')).toEqual(['dahe', 'shuanglong', 'xinglong']);
    expect(t('请周五前报一下本月低保户数')).toEqual(ALL);
  });

  it('keeps the title short', () => {
    const r = parse(`【区民政局】关于报送${'社会救助'.repeat(20)}数据的通知\n请各镇街于11月30日前报送本月低保户数`);
    expect([...r!.title].length).toBeLessThanOrEqual(40);
    expect(parse('民政：各镇街今天下班前报一下上月临时救助人次，急用🙏')?.title).toBe('各镇街今天下班前报一下上月临时救助人次');
  });

  it('understands traditional characters', () => {
    expect(parse('【區民政局】請各鎮街於11月30日前報送本月低保戶數、低保人數。')).toMatchObject({
      department: 'minzheng', fields: ['dibao_households', 'dibao_persons'], period: '2026-11', targets: ALL,
    });
  });
});

describe('parseRequest: robustness', () => {
  it('never throws on odd input', () => {
    const odd = ['\u0000', '((((((((', '【】【】：：：', '截至截至截至', '报'.repeat(5000), '、'.repeat(5000), '1.'.repeat(3000),
      '请于0月0日前报送', '请于99月99日前报送低保户数', 'Ｒｅｐｏｒｔ　ｎｏｗ', '\n\n\n', '🙂'.repeat(5000)];
    for (const t of odd) expect(() => parse(t)).not.toThrow();
  });

  // How fast is measured by `npm run bench -- understanding`, not here (no timed assertions in unit tests).
  it('reads the ask at the end of a 20,000-character message', () => {
    const long = '请各镇街认真学习文件精神，抓好贯彻落实。'.repeat(1000);
    expect(parse(long)).toBeNull();
    expect(parse(`${long}请于11月30日前报送本月低保户数。`)?.fields).toEqual(['dibao_households']);
  });
});

describe('parseRequest: more wording', () => {
  it('does not read 本月 of 本月28日前 as the period', () => {
    expect(parse('请各镇街于本月28日前报送百岁老人人数')?.period).toBeNull();
  });
  it('finds items before the verb (将…报送区民政局)', () => {
    expect(parse('请各镇街在11月28日前将本月低保户数报送区民政局')?.fields).toEqual(['dibao_households']);
  });
  it('reads 截止日期：', () => {
    expect(deadlineOf('请各镇街报送本月低保户数。截止日期：12月3日')).toBe('2026-12-03T23:59');
  });
});

describe('parseRequest: items after the verb, manner and prohibitions', () => {
  it('reads items before a closing verb (…一并报来)', () => {
    expect(parse('请各镇街本周五前报送本月低保户数，百岁老人人数一并报来')?.fields).toEqual(['dibao_households', 'centenarians']);
  });
  it('does not read a how-to-report instruction as items (按实际…报)', () => {
    expect(parse('大家好，低保户数请按实际在册户数报，不要按计划数')).toBeNull();
  });
  it('does not take 不得瞒报漏报 as an ask', () => {
    expect(parse('各镇街：低保户数请认真核实，确保真实准确，不得瞒报漏报。')).toBeNull();
  });
  it('drops a purpose clause about checking (区里要核对…底数)', () => {
    expect(parse('请各镇街明天前报送本月低保户数，区里要核对低保人数底数')?.fields).toEqual(['dibao_households']);
  });
});

describe('parseRequest: manner clauses ending in the verb', () => {
  it('is no request: 低保户数请按实际在册数报，不要漏报', () => {
    expect(parse('各镇街：低保户数请按实际在册数报，不要漏报')).toBeNull();
  });
  it('still reads 按时 as on time: 本月低保户数请于周五前按时报', () => {
    expect(parse('各镇街本月低保户数请于周五前按时报')?.fields).toEqual(['dibao_households']);
  });
});

describe('request titles', () => {
  it('takes the 关于…的通知 line even when the issuing office stands on the line above', async () => {
    const { requestTitle } = await import('../../../src/domain/request/title.js');
    expect(requestTitle('平山县人力资源和社会保障局\n关于报送2026年度就业数据的通知\n各乡镇：…')).toBe('关于报送2026年度就业数据的通知');
    expect(requestTitle('【区民政局】关于报送2026年11月社会救助数据的通知\n各镇街：')).toBe('关于报送2026年11月社会救助数据的通知');
    expect(requestTitle('民政：各镇街今天下班前报一下上月临时救助人次')).toBe('各镇街今天下班前报一下上月临时救助人次');
  });
});
