/** English strings of the data folder's state: the read-only banner and the titles of a read-only or full-disk refusal. Add top-level keys here; zh.owner.ts mirrors them. */
export const enOwner = {
  readOnly: {
    title: 'Read-only: nothing can be changed',
    folder:
      'Xiufu cannot write to its data folder {{dataDir}}. You can look at every client, case and document, but nothing can be added, changed or attached. To work as usual, give your user write access to that folder (or copy it to a writable place and set XIUFU_DATA_DIR to the copy), then restart Xiufu.',
    requested:
      'Xiufu was started read-only (XIUFU_READ_ONLY) on the data folder {{dataDir}}. You can look at every client, case and document, but nothing can be added, changed or attached. To work as usual, start Xiufu again without XIUFU_READ_ONLY.',
  },
  refusalTitle: {
    read_only: 'Not saved: the data folder is read-only',
    disk_full: 'Not saved: the disk is full',
  },
};
