import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_PORT, parsePort, readConfig, type ConfigSources } from './config';

const base: ConfigSources = {
  env: {},
  platform: 'linux',
  homedir: '/home/me',
  repoRoot: '/repo',
  cwd: '/cwd',
};

describe('readConfig', () => {
  it('defaults to the app-data folder, port 5178 and the Vite build in the repository', () => {
    expect(readConfig(base)).toEqual({
      dataDir: '/home/me/.local/share/xiufu',
      port: DEFAULT_PORT,
      rendererDir: '/repo/.vite/renderer/main_window',
      readOnly: false,
    });
    expect(DEFAULT_PORT).toBe(5178);
  });

  it('takes XIUFU_DATA_DIR, XIUFU_PORT and XIUFU_RENDERER_DIR, relative paths from the cwd', () => {
    const env = { XIUFU_DATA_DIR: 'data', XIUFU_PORT: '0', XIUFU_RENDERER_DIR: '/built' };
    expect(readConfig({ ...base, env })).toEqual({
      dataDir: '/cwd/data',
      port: 0,
      rendererDir: '/built',
      readOnly: false,
    });
  });

  it('opens read-only when XIUFU_READ_ONLY says anything but no', () => {
    const readOnly = (value: string) => readConfig({ ...base, env: { XIUFU_READ_ONLY: value } });
    for (const yes of ['1', 'true', 'YES', 'on', 'please'])
      expect(readOnly(yes).readOnly).toBe(true);
    for (const no of ['', ' ', '0', 'false', 'No', 'off'])
      expect(readOnly(no).readOnly).toBe(false);
  });
});

describe('parsePort', () => {
  it('reads 0 as any free port and an empty value as the default', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort(' 8080 ')).toBe(8080);
    expect(parsePort('')).toBe(DEFAULT_PORT);
    expect(parsePort(undefined)).toBe(DEFAULT_PORT);
  });

  it('refuses anything that is not a port number, saying what is wanted', () => {
    for (const bad of ['65536', '-1', 'abc', '0x10', '1e3', '80.5']) {
      expect(() => parsePort(bad), bad).toThrow(ConfigError);
    }
    expect(() => parsePort('abc')).toThrow(/XIUFU_PORT.*0 to 65535/);
  });
});
