/** Messages of one area: opening attachments safely, file names. Merged into core/messages.ts. */
const ADVICE_PROGRAM =
  'Xiufu does not open it with another app, because that could run a program on this computer. Show it in its folder only if you trust where it came from; otherwise remove it and ask for the real document.';
const ADVICE_TYPE =
  'Xiufu opens only PDF, PNG, JPEG, GIF and WebP files, Word (.docx), Excel (.xlsx) and text (.txt) with the system’s app. Download it to open it yourself, or show it in its folder.';
const ADVICE_PROGRAM_ZH =
  '修复不会用其他应用打开它，因为这可能在本机上运行程序。只有在信任其来源时才在文件夹中显示它；否则请删除它，并索取真正的材料。';
const ADVICE_TYPE_ZH =
  '修复只用系统应用打开 PDF、PNG、JPEG、GIF、WebP 文件，以及 Word（.docx）、Excel（.xlsx）和文本（.txt）文件。请下载后自行打开，或在文件夹中显示。';

export const filesEn = {
  'files.nameUnusable':
    'This file’s name has no usable characters left once invisible and control characters are removed. Rename the file on your computer and attach it again.',
  'files.openRefusedProgram': `“{filename}” is {actual}, not a document. ${ADVICE_PROGRAM}`,
  'files.openRefusedProgramNamed': `“{filename}” is named as {declared}, but its content is {actual}. ${ADVICE_PROGRAM}`,
  'files.openRefusedType': `“{filename}” is {actual}. ${ADVICE_TYPE}`,
  'files.openRefusedTypeNamed': `“{filename}” is named as {declared}, but its content is {actual}. ${ADVICE_TYPE}`,
  'files.openedAs':
    '“{filename}” is named as {declared}, but its content is {actual}, so it was opened as {actual}. Check that it is the document you expect, and attach it again under a fitting name.',
  'files.openedAsUntyped':
    '“{filename}” has no type in its name; its content is {actual}, so it was opened as such.',
} as const;

export const filesZh: Record<keyof typeof filesEn, string> = {
  'files.nameUnusable':
    '去除不可见字符和控制字符后，此文件名已没有可用的字符。请在电脑上重命名该文件后重新添加。',
  'files.openRefusedProgram': `“{filename}”是{actualZh}，不是文档。${ADVICE_PROGRAM_ZH}`,
  'files.openRefusedProgramNamed': `“{filename}”的文件名表明它是{declaredZh}，但其内容是{actualZh}。${ADVICE_PROGRAM_ZH}`,
  'files.openRefusedType': `“{filename}”是{actualZh}。${ADVICE_TYPE_ZH}`,
  'files.openRefusedTypeNamed': `“{filename}”的文件名表明它是{declaredZh}，但其内容是{actualZh}。${ADVICE_TYPE_ZH}`,
  'files.openedAs':
    '“{filename}”的文件名表明它是{declaredZh}，但其内容是{actualZh}，因此已按{actualZh}打开。请确认这是您要的材料，并以相符的文件名重新添加。',
  'files.openedAsUntyped':
    '“{filename}”的文件名中没有类型；其内容是{actualZh}，因此已按此类型打开。',
};
