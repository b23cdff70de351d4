// A realistic day of web-channel traffic from the demo roster: a few lead requests in the channel, then many staff replies in DM.

export interface Planned {
  clientId: string;
  from: string;
  in: 'channel' | 'dm';
  text: string;
  /** The figure this reply reports (checked against pool_history afterwards). */
  value?: { field: string; n: number };
}

export const LEAD_REQUESTS: Planned[] = [
  { clientId: 'lead-1', from: 'lead_mz', in: 'channel', text: '【区民政局】请各镇街于本月25日前报送本月低保户数、低保人数和特困供养人数。' },
  { clientId: 'lead-2', from: 'lead_jw', in: 'channel', text: '教委：各镇街于本月28日前报送本月留守儿童人数。' },
  { clientId: 'lead-3', from: 'lead_cl', in: 'channel', text: '残联：各镇街请本月25日前报送本月困难残疾人生活补贴人数和重度残疾人护理补贴人数。' },
];

/** Staff of the five towns and streets every request targets. */
const STAFF = ['sq_shebao', 'bs_shebao', 'lf_shebao', 'cn_shebao', 'hd_shebao', 'lf_zonghe', 'hd_zonghe', 'sq_nongfu', 'bs_nongfu', 'cn_anquan'];
/** Village and community staff: nothing is asked of them, the bot still answers each DM. */
const OTHERS = ['qs_wenshu', 'lt_wenshu', 'jj_shequ', 'wc_shequ'];

const FORMS: Array<{ field: string; say: (n: number) => string }> = [
  { field: 'dibao_households', say: (n) => `低保户数：${n}` },
  { field: 'dibao_persons', say: (n) => `低保人数 ${n}` },
  { field: 'tekun_persons', say: (n) => `特困供养人数${n}人` },
  { field: 'left_behind_children', say: (n) => `留守儿童人数：${n}` },
];

/** `total` messages: the lead requests first, then replies (mostly figures, some chatter). */
export function plan(total: number): Planned[] {
  const out: Planned[] = [...LEAD_REQUESTS];
  for (let i = out.length; i < total; i++) {
    const k = i % 20;
    if (k === 7) out.push({ clientId: `m-${i}`, from: OTHERS[i % OTHERS.length]!, in: 'dm', text: '收到' });
    else if (k === 13) out.push({ clientId: `m-${i}`, from: STAFF[i % STAFF.length]!, in: 'dm', text: '好的，收到' });
    else {
      const form = FORMS[i % FORMS.length]!;
      // 低保人数 stays above 低保户数 whatever their order: the pool's cross-field check would hold it otherwise.
      const n = (form.field === 'dibao_persons' ? 10_000 : 100) + i;
      out.push({ clientId: `m-${i}`, from: STAFF[i % STAFF.length]!, in: 'dm', text: form.say(n), value: { field: form.field, n } });
    }
  }
  return out;
}
