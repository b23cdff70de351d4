// The district most tests run in, modelled on the public 永川 scenario: four departments, six towns and streets,
// one staff member per line.
import type { Roster } from '../../src/domain/types.js';

export const BOT_NAME = '报数助手';

const FULL_NAMES: Record<string, string[]> = {
  canlian: ['残疾人联合会'], yibao: ['医疗保障局'], zhujian: ['住房城乡建设委员会'],
};

export const roster: Roster = {
  departments: [
    { id: 'minzheng', name: '民政局', aliases: ['区民政局', '民政'] },
    { id: 'canlian', name: '残联', aliases: ['区残联'] },
    { id: 'yibao', name: '医保局', aliases: ['区医保局', '医保'] },
    { id: 'zhujian', name: '住建委', aliases: ['区住建委', '住建'] },
  ],
  units: [
    { id: 'yongchuan', name: '永川区', kind: 'district' },
    { id: 'zhongshanlu', name: '中山路街道', kind: 'street', parent: 'yongchuan' },
    { id: 'shenglilu', name: '胜利路街道', kind: 'street', parent: 'yongchuan' },
    { id: 'chashan', name: '茶山竹海街道', kind: 'street', parent: 'yongchuan' },
    { id: 'zhutuo', name: '朱沱镇', kind: 'town', parent: 'yongchuan' },
    { id: 'songji', name: '松溉镇', kind: 'town', parent: 'yongchuan' },
    { id: 'laisu', name: '来苏镇', kind: 'town', parent: 'yongchuan' },
  ],
  members: [
    { id: 'lead_mz', name: '周志刚', role: 'lead', department: 'minzheng' },
    { id: 'lead_cl', name: '刘芸', role: 'lead', department: 'canlian' },
    { id: 'lead_yb', name: '陈鹏', role: 'lead', department: 'yibao' },
    { id: 'lead_zj', name: '王建国', role: 'lead', department: 'zhujian' },
    { id: 'admin', name: '李静', role: 'admin' },
    { id: 'zsl_jz', name: '何丽', role: 'staff', unit: 'zhongshanlu', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'sll_jz', name: '唐敏', role: 'staff', unit: 'shenglilu', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'csz_jz', name: '罗建', role: 'staff', unit: 'chashan', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'zt_jz', name: '胡晓燕', role: 'staff', unit: 'zhutuo', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'zt_js', name: '曾强', role: 'staff', unit: 'zhutuo', serves: ['zhujian'] },
    { id: 'sg_jz', name: '邓芳', role: 'staff', unit: 'songji', serves: ['minzheng', 'canlian', 'yibao'] },
    { id: 'ls_jz', name: '黄伟', role: 'staff', unit: 'laisu', serves: ['minzheng', 'canlian', 'yibao'] },
  ],
};

/** Towns and streets: what 各镇街 means here. */
export const ALL_UNITS = ['zhongshanlu', 'shenglilu', 'chashan', 'zhutuo', 'songji', 'laisu'];

/** Staff of the minzheng line, by unit. */
export const STAFF_OF: Record<string, string> = {
  zhongshanlu: 'zsl_jz', shenglilu: 'sll_jz', chashan: 'csz_jz', zhutuo: 'zt_jz', songji: 'sg_jz', laisu: 'ls_jz',
};


/**
 * The same district as the notice parser meets it: departments' full names too, villages and communities under two
 * of its towns, and a 住建 line in three more towns.
 */
export const wideRoster: Roster = {
  departments: roster.departments.map((d) => ({ ...d, aliases: [...(d.aliases ?? []), ...(FULL_NAMES[d.id] ?? [])] })),
  units: [
    ...roster.units,
    { id: 'dahe', name: '大河村', kind: 'village', parent: 'zhutuo' },
    { id: 'shuanglong', name: '双龙村', kind: 'village', parent: 'zhutuo' },
    { id: 'xinglong', name: '兴隆社区', kind: 'community', parent: 'zhongshanlu' },
  ],
  members: [
    ...roster.members,
    { id: 'csz_js', name: '彭亮', role: 'staff', unit: 'chashan', serves: ['zhujian'] },
    { id: 'sg_js', name: '雷鸣', role: 'staff', unit: 'songji', serves: ['zhujian'] },
    { id: 'ls_js', name: '蒋波', role: 'staff', unit: 'laisu', serves: ['zhujian'] },
  ],
};
