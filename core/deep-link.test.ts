import { describe, expect, it } from 'vitest';
import { caseLink, caseInArgv, caseOfLink } from './deep-link';

describe('case deep links', () => {
  it('round-trips a case id', () => {
    expect(caseLink(12)).toBe('xiufu://cases/12');
    expect(caseOfLink(caseLink(12))).toBe(12);
  });

  it.each([
    ['xiufu://cases/7/', 7],
    ['XIUFU://Cases/7', 7],
    ['xiufu://cases/7?from=calendar#top', 7],
    ['  xiufu://cases/42  ', 42],
  ])('reads %s', (link, id) => {
    expect(caseOfLink(link)).toBe(id);
  });

  it.each([
    'xiufu://cases/0',
    'xiufu://cases/-3',
    'xiufu://cases/1.5',
    'xiufu://cases/abc',
    'xiufu://cases/',
    'xiufu://cases/12/documents',
    'xiufu://clients/12',
    'xiufu://user:pw@cases/12',
    'xiufu://cases:8080/12',
    'https://cases/12',
    'file:///cases/12',
    'xiufu://cases/1234567890123456',
    'not a link',
    '',
  ])('refuses %s', (link) => {
    expect(caseOfLink(link)).toBeNull();
  });

  it('finds the link among a second instance’s arguments', () => {
    expect(caseInArgv(['/opt/Xiufu/xiufu', '--no-sandbox', 'xiufu://cases/9'])).toBe(9);
    expect(caseInArgv(['xiufu.exe', 'xiufu://clients/1', 'xiufu://cases/3/'])).toBe(3);
    expect(caseInArgv(['/opt/Xiufu/xiufu', '--flag'])).toBeNull();
    expect(caseInArgv([])).toBeNull();
  });
});
