/** Messages of case bundles (issue 13, part 3). Merged into core/messages.ts. */
export const bundleEn = {
  'bundle.noCases': 'Choose at least one case to export.',
  'bundle.tooManyCases': 'A bundle holds at most {max} cases. Export the selection in parts.',
  'bundle.erasedClient':
    'Case {id} belongs to a client whose personal data was erased; it cannot be handed over as a bundle.',
  'bundle.exportGone':
    'This bundle was already saved, or Xiufu restarted since it was made. Export it again.',
  'bundle.notZip':
    'This file is not a Xiufu case bundle (it is no .xiufu archive, or it is damaged). Ask for the bundle again.',
  'bundle.manifestUnreadable':
    'The bundle’s manifest (manifest.json) is missing or damaged, so its contents cannot be checked. Nothing was imported. Ask for the bundle again.',
  'bundle.tooNew':
    'This bundle was made by a newer version of Xiufu. Update Xiufu, then import it again.',
  'bundle.entryMissing':
    'The bundle is incomplete: “{entry}” is missing. Nothing was imported. Ask for the bundle again.',
  'bundle.entryAltered':
    'The bundle was changed after it was made: “{entry}” does not match its SHA-256 in the manifest. Nothing was imported. Ask for the bundle again.',
  'bundle.entryExtra':
    'The bundle holds “{entry}”, which its manifest does not list (it was added after the bundle was made). Nothing was imported.',
  'bundle.entryUnreadable':
    'The bundle’s “{entry}” cannot be read as Xiufu records. Nothing was imported. Ask for the bundle again.',
  'bundle.recordInvalid':
    'The bundle’s “{entry}” holds a record that would be refused if typed in ({record}, field “{field}”): {message} Nothing was imported.',
  'bundle.fileMismatch':
    'The bundle’s “{entry}” is not the file its record ({record}) names. Nothing was imported.',
  'bundle.recordLink':
    'The bundle’s “{entry}” is inconsistent: {record} points at a record the bundle does not hold. Nothing was imported.',
  'bundle.datesDiffer':
    'Case {caseId}: the dates computed here differ from the bundle’s ({kind}: {theirs} there, {ours} here). The two folders’ rules or holiday calendars differ; bring Calendar years up to date, then import again. Nothing was imported.',
  'bundle.sameFolder':
    'This bundle was exported from this very folder: its cases are already here. Import it into another folder.',
  'bundle.verifyGone':
    'This check has expired (Xiufu restarted, or the bundle was imported already). Choose the file again.',
} as const;

export const bundleZh: Record<keyof typeof bundleEn, string> = {
  'bundle.noCases': '请至少选择一个案件再导出。',
  'bundle.tooManyCases': '一个案件包最多包含 {max} 个案件，请分批导出。',
  'bundle.erasedClient': '案件 {id} 所属客户的个人信息已删除，无法作为案件包移交。',
  'bundle.exportGone': '该案件包已保存过，或 Xiufu 在导出后已重新启动。请重新导出。',
  'bundle.notZip': '该文件不是 Xiufu 案件包（不是 .xiufu 压缩包，或已损坏）。请让对方重新发送。',
  'bundle.manifestUnreadable':
    '案件包的清单（manifest.json）缺失或已损坏，无法核对其内容。未导入任何内容。请让对方重新发送。',
  'bundle.tooNew': '该案件包由更新版本的 Xiufu 生成。请先更新 Xiufu，再重新导入。',
  'bundle.entryMissing': '案件包不完整：缺少“{entry}”。未导入任何内容。请让对方重新发送。',
  'bundle.entryAltered':
    '案件包在生成后被改动：“{entry}”与清单中的 SHA-256 不符。未导入任何内容。请让对方重新发送。',
  'bundle.entryExtra': '案件包含有清单未列出的“{entry}”（在生成后被加入）。未导入任何内容。',
  'bundle.entryUnreadable':
    '无法将案件包中的“{entry}”读取为 Xiufu 记录。未导入任何内容。请让对方重新发送。',
  'bundle.recordInvalid':
    '案件包“{entry}”中有一条记录若手工录入会被拒绝（{record}，字段“{field}”）：{message}未导入任何内容。',
  'bundle.fileMismatch': '案件包中的“{entry}”不是其记录（{record}）所指的文件。未导入任何内容。',
  'bundle.recordLink':
    '案件包“{entry}”前后不一致：{record} 指向案件包中不存在的记录。未导入任何内容。',
  'bundle.datesDiffer':
    '案件 {caseId}：本机计算的日期与案件包不同（{kind}：对方 {theirs}，本机 {ours}）。两边的规则或节假日日历不一致；请先更新“日历年份”，再重新导入。未导入任何内容。',
  'bundle.sameFolder': '该案件包正是从本数据文件夹导出的，其中的案件已在此处。请导入到其他文件夹。',
  'bundle.verifyGone': '本次核对已失效（Xiufu 已重新启动，或该案件包已导入）。请重新选择文件。',
};
