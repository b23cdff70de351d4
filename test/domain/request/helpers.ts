// A small roster and dictionary (modelled on the public 永川 scenario) for unit tests of the request parser.
import type { FieldDef, Member, ParseContext, Roster } from '../../../src/domain/types.js';

export const roster: Roster = {
  departments: [
    {"id": "minzheng", "name": "民政局", "aliases": ["区民政局", "民政"]},
    {"id": "canlian", "name": "残联", "aliases": ["区残联", "残疾人联合会"]},
    {"id": "yibao", "name": "医保局", "aliases": ["区医保局", "医疗保障局"]},
    {"id": "zhujian", "name": "住建委", "aliases": ["区住建委", "住房城乡建设委员会"]},
  ],
  units: [
    {"id": "yongchuan", "name": "永川区", "kind": "district"},
    {"id": "zhongshanlu", "name": "中山路街道", "kind": "street", "parent": "yongchuan"},
    {"id": "shenglilu", "name": "胜利路街道", "kind": "street", "parent": "yongchuan"},
    {"id": "chashan", "name": "茶山竹海街道", "kind": "street", "parent": "yongchuan"},
    {"id": "zhutuo", "name": "朱沱镇", "kind": "town", "parent": "yongchuan"},
    {"id": "songji", "name": "松溉镇", "kind": "town", "parent": "yongchuan"},
    {"id": "laisu", "name": "来苏镇", "kind": "town", "parent": "yongchuan"},
    { "id": "dahe", "name": "大河村", "kind": "village", "parent": "zhutuo" },
    { "id": "shuanglong", "name": "双龙村", "kind": "village", "parent": "zhutuo" },
    { "id": "xinglong", "name": "兴隆社区", "kind": "community", "parent": "zhongshanlu" },
  ],
  members: [
    {"id": "lead_mz", "name": "周志刚", "role": "lead", "department": "minzheng"},
    {"id": "lead_cl", "name": "刘芸", "role": "lead", "department": "canlian"},
    {"id": "lead_yb", "name": "陈鹏", "role": "lead", "department": "yibao"},
    {"id": "lead_zj", "name": "王建国", "role": "lead", "department": "zhujian"},
    {"id": "admin", "name": "李静", "role": "admin"},
    {"id": "zsl_jz", "name": "何丽", "role": "staff", "unit": "zhongshanlu", "serves": ["minzheng", "canlian", "yibao"]},
    {"id": "sll_jz", "name": "唐敏", "role": "staff", "unit": "shenglilu", "serves": ["minzheng", "canlian", "yibao"]},
    {"id": "csz_jz", "name": "罗建", "role": "staff", "unit": "chashan", "serves": ["minzheng", "canlian", "yibao"]},
    {"id": "csz_js", "name": "彭亮", "role": "staff", "unit": "chashan", "serves": ["zhujian"]},
    {"id": "zt_jz", "name": "胡晓燕", "role": "staff", "unit": "zhutuo", "serves": ["minzheng", "canlian", "yibao"]},
    {"id": "zt_js", "name": "曾强", "role": "staff", "unit": "zhutuo", "serves": ["zhujian"]},
    {"id": "sg_jz", "name": "邓芳", "role": "staff", "unit": "songji", "serves": ["minzheng", "canlian", "yibao"]},
    {"id": "sg_js", "name": "雷鸣", "role": "staff", "unit": "songji", "serves": ["zhujian"]},
    {"id": "ls_jz", "name": "黄伟", "role": "staff", "unit": "laisu", "serves": ["minzheng", "canlian", "yibao"]},
    {"id": "ls_js", "name": "蒋波", "role": "staff", "unit": "laisu", "serves": ["zhujian"]},
  ],
};

export const fields: FieldDef[] = [
  {"key": "dibao_households", "label": "低保户数", "aliases": ["低保户", "最低生活保障户数"], "type": "integer", "unit": "户", "min": 0},
  {"key": "dibao_persons", "label": "低保人数", "aliases": ["低保对象人数", "低保人口数"], "type": "integer", "unit": "人", "min": 0},
  {"key": "tekun_persons", "label": "特困供养人数", "aliases": ["特困人员数", "特困供养对象数"], "type": "integer", "unit": "人", "min": 0},
  {"key": "temp_aid_times", "label": "临时救助人次", "aliases": ["临时救助次数", "临救人次"], "type": "integer", "unit": "人次", "min": 0},
  {"key": "temp_aid_amount", "label": "临时救助金额", "aliases": ["临时救助资金", "临救金额"], "type": "number", "unit": "元", "min": 0},
  {"key": "centenarians", "label": "百岁老人人数", "aliases": ["百岁老人数", "百岁老人"], "type": "integer", "unit": "人", "min": 0},
  {"key": "disability_subsidy_persons", "label": "残疾人两项补贴人数", "aliases": ["两项补贴人数", "两项补贴享受人数"], "type": "integer", "unit": "人", "min": 0},
  {"key": "medical_aid_times", "label": "医疗救助人次", "aliases": ["医疗救助次数"], "type": "integer", "unit": "人次", "min": 0},
  {"key": "medical_aid_amount", "label": "医疗救助金额", "aliases": ["医疗救助资金"], "type": "number", "unit": "元", "min": 0},
  {"key": "dilapidated_households", "label": "危房改造户数", "aliases": ["农村危房改造户数", "危改户数"], "type": "integer", "unit": "户", "min": 0},
];

export function ctxAt(at: string): ParseContext {
  return { roster, fields, at: new Date(at), timezone: 'Asia/Shanghai', botName: '报数助手' };
}

export const member = (id: string): Member => {
  const m = roster.members.find((x) => x.id === id);
  if (!m) throw new Error(`no member ${id}`);
  return m;
};
