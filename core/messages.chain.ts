/** Messages of one area: the history chain's checkpoints. Merged into core/messages.ts. */
export const chainEn = {
  'integrity.checkpointEmpty': 'Paste a saved checkpoint, or open its file.',
  'integrity.checkpointNotJson':
    'This is not a saved checkpoint: it should be the text of the file “Save to file” wrote, beginning with {.',
  'integrity.checkpointInvalid':
    'This checkpoint is incomplete or changed: it needs its count, id, a 64-character hash and its time. Paste the whole file again.',
};

export const chainZh: Record<keyof typeof chainEn, string> = {
  'integrity.checkpointEmpty': '请粘贴保存的校验点，或打开校验点文件。',
  'integrity.checkpointNotJson': '这不是保存的校验点：应为“保存为文件”所写文件的内容，以 { 开头。',
  'integrity.checkpointInvalid':
    '此校验点不完整或已被改动：需要条目数、编号、64 位哈希值和时间。请重新粘贴整个文件。',
};
