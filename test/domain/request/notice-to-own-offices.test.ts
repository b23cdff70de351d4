// 局机关各股室、中心：: a notice whose addressee line names only the issuer's own sections (no unit of the roster, no level
// of units) asks the units for nothing; a line that also names units, or units in general (县直各单位), still can.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-12-20T09:00:00+08:00'));
const BODY = '\n请于12月28日前报送2031年低保户数。';

describe('a notice to the issuer\'s own sections', () => {
  it('局机关各股室、中心 alone: no request', () => {
    expect(parse(`关于报送低保数据的通知\n局机关各股室、中心：${BODY}`)).toBeNull();
  });

  it('sections and towns together: a request', () => {
    expect(parse(`关于报送低保数据的通知\n各镇人民政府，局机关各股室：${BODY}`)).not.toBeNull();
  });

  it('units in general (县直各单位): still a request', () => {
    expect(parse(`关于报送低保数据的通知\n县直各单位：${BODY}`)).not.toBeNull();
  });
});
