/** Messages of the spreadsheet import (issue 13): row problems and refusals. Merged into core/messages.ts. */
export const importEn = {
  'import.dateUnreadable':
    '"{value}" is not a date Xiufu can read. Use YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日 (or an Excel date cell), and check the day exists.',
  'import.kindUnknown':
    '"{value}" is not a client kind: write company (企业) or person (个人), or leave it empty.',
  'import.regimeUnknown':
    '"{value}" is not a regime Xiufu knows. Use a regime name as Xiufu lists it, for example "SAMR seriously illegal and dishonest list" or "经营异常名录".',
  'import.yesNo': '"{value}" is neither yes nor no: write yes/no (是/否).',
  'import.outcomeUnknown':
    '"{value}" is not an outcome: write repaired (已修复) or refused (不予修复).',
  'import.caseConflict':
    'This case says "{value}" here but "{other}" in row {row}: give the value once, or the same in every row of the case.',
  'import.filedBeforeListing':
    'Filed on {filed}, before the listing’s date {date}: an application is filed after the listing. Check that the right column is mapped to the filing date.',
  'import.needsFiled':
    'An authority can only accept or decide an application that was filed: give the filing date too.',
  'import.acceptedBeforeFiled':
    'Accepted on {accepted}, before it was filed on {filed}: check the dates.',
  'import.decidedBeforeFiled':
    'Decided on {decided}, before {earlier} (filed or accepted): check the dates.',
  'import.clientArchived':
    'This code belongs to the archived client “{name}”. Restore that client first, or skip this row.',
  'import.clientMatched':
    'Matched to the existing client “{name}” by this code: the listing is added to that client, no new client is created.',
  'import.clientNameDiffers':
    'The existing client with this code is called “{name}”: the stored name is kept.',
  'import.clientNameVaries': 'Row {row} gives this code the name “{name}”: the first name is used.',
  'import.duplicateRow':
    'The same listing (client, regime, decision number) as row {row}: skip one of them.',
  'import.listingExists':
    'This client already has the listing {decisionNo} in Xiufu: skip this row.',
  'import.caseOtherClient':
    'Case reference “{caseRef}” belongs to another client in row {row}: a case holds one client’s listings.',
  'import.blocked':
    '{count} rows still have problems. Fix them (for example in the mapping) or skip those rows, then import.',
  'import.unknownSession':
    'This import is no longer open (Xiufu was restarted). Pick the files again.',
  'import.fileType':
    '“{file}” is neither a .csv nor an .xlsx file. Save it from Excel as one of these.',
  'import.fileUnreadable': '“{file}” could not be read as a spreadsheet: {reason}',
  'import.noRows':
    'The files hold no rows to import: the first row must be the headers, the next rows the data.',
  'import.unknownBatch': 'This import does not exist. Reload the list of past imports.',
  'import.undoneAlready': 'This import was undone already.',
  'import.undoBlocked':
    'This import cannot be undone: these records changed since (or records of your own depend on them): {records}. Undo by hand or keep the import.',
  'import.recordClient': 'client “{label}”',
  'import.recordListing': 'listing {label}',
  'import.recordCase': 'case {id} ({label})',
  'import.andMore': 'and {count} more',
} as const;

export const importZh: Record<keyof typeof importEn, string> = {
  'import.dateUnreadable':
    '“{value}”不是可识别的日期。请使用 YYYY-MM-DD、YYYY/M/D、YYYY.M.D 或 YYYY年M月D日（或 Excel 日期单元格），并确认该日期存在。',
  'import.kindUnknown': '“{value}”不是客户类型：请填写 企业 或 个人，或留空。',
  'import.regimeUnknown':
    '“{value}”不是修复助手已知的失信类型。请使用修复助手列出的名称，例如“市场监管 严重违法失信名单”或“经营异常名录”。',
  'import.yesNo': '“{value}”既不是“是”也不是“否”：请填写 是/否。',
  'import.outcomeUnknown': '“{value}”不是修复结果：请填写 已修复 或 不予修复。',
  'import.caseConflict':
    '本案件在此行为“{value}”，而在第 {row} 行为“{other}”：请只填写一次，或在案件的每一行填写相同的值。',
  'import.filedBeforeListing':
    '提交申请日期 {filed} 早于失信记录的日期 {date}：申请应在列入之后提交。请检查映射到“提交申请日期”的列是否正确。',
  'import.needsFiled': '只有已提交的申请才能被受理或作出决定：请同时填写提交申请日期。',
  'import.acceptedBeforeFiled': '受理日期 {accepted} 早于提交申请日期 {filed}：请检查日期。',
  'import.decidedBeforeFiled': '决定日期 {decided} 早于 {earlier}（提交或受理日期）：请检查日期。',
  'import.clientArchived': '该代码属于已归档的客户“{name}”。请先恢复该客户，或跳过此行。',
  'import.clientMatched': '已按此代码匹配到现有客户“{name}”：记录将加入该客户，不会新建客户。',
  'import.clientNameDiffers': '使用此代码的现有客户名为“{name}”：将保留已存储的名称。',
  'import.clientNameVaries': '第 {row} 行为此代码填写的名称是“{name}”：将使用第一个名称。',
  'import.duplicateRow':
    '与第 {row} 行是同一条记录（客户、失信类型、文号均相同）：请跳过其中一行。',
  'import.listingExists': '该客户在修复助手中已有文号为 {decisionNo} 的记录：请跳过此行。',
  'import.caseOtherClient':
    '案件编号“{caseRef}”在第 {row} 行属于另一个客户：一个案件只能包含一个客户的记录。',
  'import.blocked': '仍有 {count} 行存在问题。请修正（例如调整列映射）或跳过这些行，然后再导入。',
  'import.unknownSession': '此导入已不再打开（修复助手已重启）。请重新选择文件。',
  'import.fileType': '“{file}”既不是 .csv 也不是 .xlsx 文件。请在 Excel 中另存为其中一种格式。',
  'import.fileUnreadable': '无法将“{file}”作为表格读取：{reason}',
  'import.noRows': '文件中没有可导入的行：第一行应为表头，其后各行为数据。',
  'import.unknownBatch': '此导入不存在。请刷新以往导入的列表。',
  'import.undoneAlready': '此导入已撤销。',
  'import.undoBlocked':
    '无法撤销此导入：以下记录此后已被修改（或您自己的记录依赖于它们）：{records}。请手动处理，或保留此次导入。',
  'import.recordClient': '客户“{label}”',
  'import.recordListing': '记录 {label}',
  'import.recordCase': '案件 {id}（{label}）',
  'import.andMore': '另有 {count} 条',
};
