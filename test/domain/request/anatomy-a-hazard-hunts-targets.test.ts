// 二、排查重点：消防通道、电路线路、燃气使用等 — what a hazard hunt looks at is its scope, as 检查内容 is; the items are what
// the ask names (本周排查隐患数、已整改隐患数), not 消防通道堵塞处数 read from the list of targets.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { parserFor } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields = JSON.parse(readFileSync(new URL('../../../data/fields.json', import.meta.url), 'utf8')).fields as FieldDef[];
const at = new Date('2026-11-20T09:00:00+08:00');
const NOTICE = [
  '关于开展安全生产大排查大整治工作的通知',
  '各镇人民政府、街道办事处：',
  '为认真贯彻落实上级部署，决定在全区开展安全生产隐患大排查大整治。现将有关事项通知如下：',
  '一、排查范围：辖区内所有生产经营单位、九小场所。',
  '二、排查重点：消防通道、电路线路、燃气使用等。',
  '三、工作要求：请于每周五下午5点前报送本周排查隐患数、已整改隐患数。',
].join('\n');

describe('the targets of a hazard hunt', () => {
  it('are a scope section', () => {
    const a = readAnatomy(NOTICE);
    const kinds = a.parts.filter((p) => a.text.slice(p.start, p.end).includes('消防通道')).map((p) => p.kind);
    expect(kinds).toEqual(['scope']);
  });

  it('give no item of their own', () => {
    const r = parserFor({ ...ctxAt(at.toISOString()), fields }).parse(NOTICE, member('lead_mz'), at);
    expect(r?.fields.sort()).toEqual(['safety_hazards_found', 'safety_hazards_rectified']);
  });

  it('a hunt’s 排查内容 is still what it counts', () => {
    const a = readAnatomy('各镇人民政府、各街道办事处：\n一、排查内容：新增的地质灾害隐患点数。\n二、请于9月10日前报送。');
    const kinds = a.parts.filter((p) => a.text.slice(p.start, p.end).includes('隐患点数')).map((p) => p.kind);
    expect(kinds).not.toContain('scope');
  });
});
