import { describe, expect, it } from 'vitest';
import { argsForDataDir, dataDirFromArgs, defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  it('uses $XDG_DATA_HOME/xiufu on Linux, else ~/.local/share/xiufu', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/me' }, '/home/me')).toBe(
      '/data/me/xiufu',
    );
    expect(defaultDataDir('linux', {}, '/home/me')).toBe('/home/me/.local/share/xiufu');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '' }, '/home/me')).toBe(
      '/home/me/.local/share/xiufu',
    );
  });

  it('ignores a relative XDG_DATA_HOME, as the XDG spec says', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: 'rel/dir' }, '/home/me')).toBe(
      '/home/me/.local/share/xiufu',
    );
  });

  it('follows the Linux rule on other Unix platforms', () => {
    expect(defaultDataDir('freebsd', {}, '/home/me')).toBe('/home/me/.local/share/xiufu');
  });

  it('uses ~/Library/Application Support/Xiufu on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_DATA_HOME: '/ignored' }, '/Users/me')).toBe(
      '/Users/me/Library/Application Support/Xiufu',
    );
  });

  it('uses %APPDATA%\\Xiufu on Windows, with the usual fallback', () => {
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'C:\\Users\\me'),
    ).toBe('C:\\Users\\me\\AppData\\Roaming\\Xiufu');
    expect(defaultDataDir('win32', {}, 'C:\\Users\\me')).toBe(
      'C:\\Users\\me\\AppData\\Roaming\\Xiufu',
    );
  });
});

describe('--data-dir', () => {
  it('reads the last folder given, and replaces it when restarting on another', () => {
    expect(dataDirFromArgs(['app', '--data-dir=/a', '--data-dir=/b c'])).toBe('/b c');
    expect(dataDirFromArgs(['app', '--data-dir='])).toBeUndefined();
    expect(dataDirFromArgs(['app'])).toBeUndefined();
    expect(argsForDataDir(['main.cjs', '--data-dir=/a', '--flag'], '/new')).toEqual([
      'main.cjs',
      '--flag',
      '--data-dir=/new',
    ]);
  });
});
