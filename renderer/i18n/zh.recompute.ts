/** Simplified Chinese strings of recomputing case dates (a holiday year's check). */
import type { Messages } from './en';

export const zhRecompute: Pick<Messages, 'yearCheck'> = {
  yearCheck: {
    label: '正在核查该年份可能影响的案件',
    progress: '已核查 {{done}} / {{total}} 个案件',
    starting: '正在查找该年份可能影响的案件…',
    stop: '停止核查',
    stopHint: '停止后一切保持原样，不会保存任何内容。',
  },
};
