// 除中山路街道外，其余镇街请于…报送: the rest are the towns and the streets (镇街), not the towns alone (targets.ts); the other
// two streets were left out and never asked.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('the rest of the towns and streets', () => {
  it('除…外，其余镇街', () => {
    expect(parse('除中山路街道外，其余镇街请于12月10日前报送低保户数。')?.targets).toEqual(['shenglilu', 'chashan', 'zhutuo', 'songji', 'laisu']);
  });
  it('除…外，其他镇 is the other towns', () => {
    expect(parse('除朱沱镇外，其他镇请于12月10日前报送低保户数。')?.targets).toEqual(['songji', 'laisu']);
  });
  it('其余镇街 alone is every town and street', () => {
    expect(parse('其余镇街请于12月10日前报送低保户数。')?.targets).toEqual(['zhongshanlu', 'shenglilu', 'chashan', 'zhutuo', 'songji', 'laisu']);
  });
});
