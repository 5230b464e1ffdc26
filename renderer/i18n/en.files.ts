/** English strings of opening attachments safely (desktop). Add top-level keys here; zh.files.ts mirrors them. */
export const enFiles = {
  openFile: {
    warningTitle: 'Not opened: this file may be unsafe',
    warningText:
      'Showing it in its folder does not open it. Open it there only if you are sure it is the document you expect and you trust where it came from.',
    reveal: 'Show in its folder',
    shownInFolder:
      '“{{filename}}” is shown selected in its folder. It is a temporary copy, deleted when Xiufu quits.',
    noticeTitle: 'Opened as what the file contains',
  },
};
