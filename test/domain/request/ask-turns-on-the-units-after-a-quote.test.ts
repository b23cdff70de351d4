// A clause that opens on the units (各村…, 麻烦各村…) with an ask verb is where the ask turns in, even after a quoted
// requirement (县里部署…, 根据市局要求…) or a purpose clause (为做好…), which would otherwise swallow the whole sentence and
// lose a plain chat request.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('the ask turning in on the units after a lead-in', () => {
  it('after a higher body’s deployment, a polite ask to the villages', () => {
    expect(parse('县里部署摸底工作，麻烦各村把低保户数、特困人数发过来')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('after a higher body’s deployment, the villages as the subject', () => {
    expect(parse('县里部署摸底工作，各村把低保户数、特困人数发过来')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('after a purpose clause', () => {
    expect(parse('为做好困难群众摸底，各村把低保户数、特困人数报上来')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
