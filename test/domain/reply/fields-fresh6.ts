// Field definitions from the fresh6 reply scenarios (water works, livestock, veterans, collective income).
import type { FieldDef } from '../../../src/domain/types.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const num = (key: string, label: string, aliases: string[], unit: string, extra: Partial<FieldDef> = {}): FieldDef =>
  ({ key, label, aliases, type: 'number', unit, min: 0, ...extra });

export const W = {
  pool: int('pool', '新建蓄水池数', ['蓄水池', '新建蓄水池'], '口'),
  pond: int('pond', '整治山坪塘数', ['山坪塘', '山坪塘整治'], '座'),
  canal: num('canal', '新修渠道长度', ['渠道', '新修渠道', '渠道长度'], '米'),
  labor: int('labor', '投入劳力', ['投劳', '劳力'], '人次'),
  invest: num('invest', '完成投资', ['投资', '完成投资额'], '万元'),
  rate: num('wrate', '计划完成率', ['完成率'], '%', { max: 100 }),
};

export const L = {
  cattle: int('cattle', '牛存栏', ['牛存栏数', '存栏牛'], '头'),
  sheep: int('sheep', '羊存栏', ['羊存栏数', '山羊存栏'], '只'),
  poultry: num('poultry', '家禽存栏', ['禽存栏', '家禽存栏数'], '万羽'),
  beefOut: int('beef_out', '肉牛出栏', ['牛出栏', '出栏肉牛'], '头'),
  farms: int('farms', '规模养殖场数', ['规模养殖场', '规模场'], '个'),
  immune: num('immune', '免疫密度', ['免疫率', '秋防免疫密度'], '%', { max: 100 }),
};

export const V = {
  money: num('money', '发放慰问金金额', ['慰问金', '慰问金金额'], '元'),
  visitYf: int('visit_yf', '走访优抚对象人数', ['优抚对象', '走访优抚对象'], '人'),
};

export const C = {
  total: num('inc_total', '集体经济总收入', ['集体经济收入', '村集体收入', '总收入'], '万元'),
  op: num('inc_op', '经营性收入', ['经营收入', '集体经营性收入'], '万元'),
  yoy: num('inc_yoy', '总收入同比增长率', ['同比增长率', '同比增长'], '%', { min: -100 }),
};
