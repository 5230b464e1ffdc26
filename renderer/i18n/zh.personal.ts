/** Simplified Chinese strings of personal data (PIPL); mirrors en.personal.ts. */
import type { Messages } from './en';

export const zhPersonal: Pick<Messages, 'personal'> = {
  personal: {
    reveal: '显示',
    revealLabel: '显示完整身份证号码（每次显示都会记录）',
    hide: '隐藏',
    maskedHint: '已遮蔽：完整号码需要时才显示，每次显示都会记录。',
  },
};
