// An ID-card or mobile number posted in the channel: a warning in Chinese to send it by private message, the number
// never repeated (the warning, the visible history, the audit and the logs keep it masked), the raw message kept.
import { describe, expect, it } from 'vitest';
import { exposedPersonalNumbers } from '../../src/domain/personal.js';
import { Redactor, redactingLogger } from '../../src/log/redactor.js';
import { useHarness } from '../support/harness.js';

const bot = useHarness({ start: '2026-11-23T09:00:00+08:00' });

const ID = '11010519491231002X';
const PHONE = '13812345678';
const POST = `大河村新增低保对象：张三 ${ID}，电话 ${PHONE}`;

describe('personal numbers posted in the channel', () => {
  it('get a warning naming what was found, without repeating the numbers', () => {
    const { out, lineId } = bot().send('zt_jz', 'channel', POST);
    const warning = out.find((m) => m.text.startsWith('【提醒】'))!;
    expect(warning.chat).toBe('channel');
    expect(warning.replyTo).toBe(lineId);
    expect(warning.text).toContain('请不要在群里发送身份证号、手机号等个人信息');
    expect(warning.text).toContain('身份证号 1 个、手机号 1 个');
    expect(warning.text).toContain('私信');
    expect(bot().botSaidSince(0).map((m) => m.text).join('\n')).not.toMatch(/1101051949|13812345/);
  });

  it('keep the raw message in the inbox and a masked copy in the visible history and the audit', () => {
    const { seq, lineId } = bot().send('zt_jz', 'channel', POST);
    expect(bot().store.inbox.get(seq!)!.message.text).toBe(POST);
    const line = bot().store.messages.get(lineId!)!;
    expect(line.text).toBe('大河村新增低保对象：张三 110***********002X，电话 138****5678');
    const audit = bot().store.audit.list({ action: 'personal.channel-warning' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'zt_jz', detail: { message: lineId, idCards: 1, mobiles: 1 } });
    expect(JSON.stringify(audit)).not.toMatch(/1101051949|13812345/);
  });

  it('never for a notice\'s own contact line, 18 digits failing the check, or a private message', () => {
    const notice = bot().send('lead_mz', 'channel', `【区民政局】请各镇街于11月26日前报送本月低保户数。\n联系人：吴涛 ${PHONE}`);
    expect(notice.out.some((m) => m.text.startsWith('【提醒】'))).toBe(false);
    expect(bot().store.messages.get(notice.lineId!)!.text).toContain(PHONE);
    expect(bot().send('zt_jz', 'channel', '本月资金编号 110105194912310021').out.some((m) => m.text.startsWith('【提醒】'))).toBe(false);
    expect(bot().send('zt_jz', 'dm', `网格员电话 ${PHONE}`).out.some((m) => m.text.startsWith('【提醒】'))).toBe(false);
    expect(bot().store.audit.list({ action: 'personal.channel-warning' })).toEqual([]);
  });

  it('a staff list of mobiles in a message body is not a contact line', () => {
    expect(exposedPersonalNumbers(`请核对：\n张三 ${PHONE}\n李四 13912345678`)).toHaveLength(2);
  });
});

describe('the logs', () => {
  it('mask ID-card and mobile numbers wherever they appear in a logged object or message', () => {
    const lines: unknown[] = [];
    const log = redactingLogger({ info: (o, m) => lines.push([o, m]), warn() {}, error() {} }, new Redactor());
    log.info({ err: new Error(`could not parse ${POST}`), text: POST }, `message ${PHONE}`);
    const logged = JSON.stringify(lines);
    expect(logged).not.toMatch(/1101051949|13812345/);
    expect(logged).toContain('138****5678');
  });
});

describe('whatever the bot passes on', () => {
  it('says ID-card and mobile numbers only masked: a clerk\'s question forwarded to the lead, a 反映 to the admin', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数。');
    bot().send('zt_jz', 'dm', `低保户数要不要算张三（${ID}）这户？`);
    bot().send('zt_jz', 'dm', `反映：有人打我手机${PHONE}要低保数据`);
    const said = bot().botSaidSince(0).map((m) => m.text).join('\n');
    expect(said).toContain('110***********002X');
    expect(said).toContain('138****5678');
    expect(said).not.toMatch(/1101051949|13812345/);
  });
});
