/** Simplified Chinese strings of opening attachments safely (desktop). */
import type { Messages } from './en';

export const zhFiles: Pick<Messages, 'openFile'> = {
  openFile: {
    warningTitle: '未打开：此文件可能不安全',
    warningText:
      '在文件夹中显示不会打开它。只有在确认这是您要的材料、并且信任其来源时，才在那里打开它。',
    reveal: '在文件夹中显示',
    shownInFolder: '已在文件夹中选中“{{filename}}”。这是临时副本，退出修复时将被删除。',
    noticeTitle: '已按文件的实际内容打开',
  },
};
