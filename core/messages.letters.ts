/** Messages of one area: letters edited as documents (their content, versions). Merged into core/messages.ts. */
export const lettersEn = {
  'letters.unsupported':
    'The letter holds “{what}”, which a letter cannot contain. Keep to headings, paragraphs and lists, with bold, italic or underlined text: remove it or paste it again as plain text.',
  'letters.empty': 'The letter is empty. Write its text (or reopen the draft) before saving.',
  'letters.tooLong':
    'The letter is longer than {max} characters. Shorten it, or split it into separate documents.',
  'letters.tooDeep':
    'Lists are nested more than {max} levels deep. Move the innermost items out a level (Shift+Tab).',
  'letters.noVersion': 'This saved version no longer exists. Choose another version from the list.',
} as const;

export const lettersZh: Record<keyof typeof lettersEn, string> = {
  'letters.unsupported':
    '文书中含有“{what}”，文书不能包含此内容。请只使用标题、段落和列表，以及加粗、斜体或下划线文字：删除该内容，或以纯文本重新粘贴。',
  'letters.empty': '文书为空。请先填写正文（或重新打开草稿）再保存。',
  'letters.tooLong': '文书超过 {max} 个字符。请精简内容，或拆分为多份文书。',
  'letters.tooDeep': '列表嵌套超过 {max} 层。请将最内层的条目向外移动一级（Shift+Tab）。',
  'letters.noVersion': '该保存版本已不存在。请从列表中选择其他版本。',
};
