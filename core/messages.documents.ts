/** Messages of one area: Attached files checked as documents; packet pre-flight. Merged into core/messages.ts. */
export const documentsEn = {
  'files.empty':
    '“{filename}” is empty (0 bytes), so nothing was attached. Attach the file again from where it was saved; if it is empty there too, scan or export the document again.',
  'files.mismatch':
    '“{filename}” is named as {declared}, but its content is {actual}. Nothing was attached: attach the real document, or give the file the extension of what it contains.',
  'files.unreadable':
    '“{filename}” starts like {kind} but cannot be read: it is damaged or incomplete. Nothing was attached. Open it on your computer to check it, then attach a good copy (scan or export it again if it does not open).',
  'documents.paperOriginalNote':
    'Say where the paper original is or how it reaches the authority, for example “original held in the office safe; handed in at the counter”.',
  'packets.needsOverride':
    'These would not be enclosed in the packet: {problems}. Attach or fix them first, or write why you export the packet without them.',
  'packets.changed':
    'The documents changed while the packet was being prepared. Check the list before exporting and export again.',
  'lifecycle.documentsNotInHand':
    'Required documents are not in hand: {documents}. Attach them (with a current validity date where one has expired), or give a written reason to file anyway.',
  'lifecycle.notEligibleAndDocumentsNotInHand':
    'The waiting period is not over on {filed} (the earliest application date is {date}), and required documents are not in hand: {documents}. File from {date} with every document, or give a written reason to file anyway.',
} as const;

export const documentsZh: Record<keyof typeof documentsEn, string> = {
  'files.empty':
    '“{filename}”是空文件（0 字节），未添加任何内容。请从原保存位置重新添加；如果原文件也是空的，请重新扫描或导出该材料。',
  'files.mismatch':
    '“{filename}”的文件名表明它是{declaredZh}，但其内容是{actualZh}。未添加任何内容：请添加真正的材料，或将扩展名改为与内容相符。',
  'files.unreadable':
    '“{filename}”开头像是{kindZh}，但无法读取：文件已损坏或不完整。未添加任何内容。请先在电脑上打开检查，再添加完好的副本（无法打开时请重新扫描或导出）。',
  'documents.paperOriginalNote':
    '请说明纸质原件存放在哪里或如何提交给机关，例如“原件存放于办公室保险柜，窗口提交时带上”。',
  'packets.needsOverride':
    '以下材料不会附入申请材料包：{problemsZh}。请先添加或更正，或填写书面理由后仍然导出。',
  'packets.changed': '准备材料包期间材料发生了变化。请重新检查清单后再次导出。',
  'lifecycle.documentsNotInHand':
    '必需材料尚未齐备：{documentsZh}。请添加材料（已过期的请提供在有效期内的材料），或填写书面理由后仍然提交。',
  'lifecycle.notEligibleAndDocumentsNotInHand':
    '截至 {filed} 等待期尚未届满（最早可申请日为 {date}），且必需材料尚未齐备：{documentsZh}。请于 {date} 或之后备齐材料提交，或填写书面理由后仍然提交。',
};
