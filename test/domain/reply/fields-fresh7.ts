// Fields of the fresh7 reply corpus scenarios, for the parser tests that come from them.
import type { FieldDef } from '../../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const num = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'number', unit, min: 0 });

/** 农村人居环境整治 by village. */
export const R = {
  garbage: num('garbage', '清运生活垃圾量', ['清运垃圾', '生活垃圾清运量', '垃圾清运'], '吨'),
  toiletH: int('toilet_h', '改造户厕户数', ['改厕户数', '户厕改造'], '户'),
  toiletP: int('toilet_p', '改厕受益人数', ['受益人数', '改厕受益人口'], '人'),
  ditch: num('ditch', '清理沟渠长度', ['清理沟渠', '沟渠'], '米'),
};

/** 电动自行车 安全隐患排查 by community. */
export const E = {
  building: int('building', '排查楼栋数', ['排查楼栋', '楼栋数'], '栋'),
  fly: int('fly', '发现飞线充电处数', ['飞线充电', '飞线'], '处'),
  fixed: int('fixed', '已整改处数', ['已整改', '整改处数'], '处'),
  ebike: int('ebike', '清理楼道电动车数量', ['清理电动车', '楼道电动车'], '辆'),
  visit: int('visit', '入户宣传户数', ['入户宣传', '宣传户数'], '户'),
};
