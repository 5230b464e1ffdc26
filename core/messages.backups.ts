/** Messages of one area: the checked open, recovery mode, backups and restore. Merged into core/messages.ts. */
export const backupsEn = {
  'recovery.empty':
    'The data file {file} is empty (0 bytes): a crash or a full disk may have cut it short.',
  'recovery.notSqlite':
    'The data file {file} is not a Xiufu database: it does not begin like an SQLite file.',
  'recovery.damaged': 'The data file {file} is damaged; SQLite’s check reports: {detail}.',
  'recovery.newer':
    'The data file {file} was written by a newer Xiufu (data version {found}; this one knows up to {supported}).',
  'recovery.unreadable': 'The data file {file} cannot be read: {detail}.',
  'recovery.migrationFailed':
    'The data file {file} could not be updated for this version of Xiufu ({detail}); the update was undone.',
  'recovery.backupFailed':
    'Xiufu backs up {file} before updating it, and that backup failed ({detail}); nothing was updated. Free some disk space and start again.',
  'recovery.untouched': 'It was not changed.',
  'recovery.refused':
    'Xiufu could not open its data file, so this is not available. Restore a backup or open another data folder on the recovery screen.',
  'recovery.cli':
    'Xiufu: {problem} {untouched} Restore a backup on the recovery screen at the address below or with `npm run restore -- PATH`, or start on another folder with XIUFU_DATA_DIR.',
  'recovery.desktopOnly':
    'Only the desktop app can switch to another folder by itself. Stop Xiufu and start it again with XIUFU_DATA_DIR set to the folder.',
  'recovery.notAFolder': '{path} is not a folder. Choose the folder that holds xiufu.db.',
  'backups.busy': 'A backup or restore is already running. Wait until it ends, or cancel it.',
  'backups.restoring':
    'A backup is being restored; nothing can be changed until it ends (a minute or two).',
  'backups.unknownId': 'This is not the name of a backup. Choose one from the list.',
  'backups.unknown': 'There is no backup {id} in {location}. Reload the list.',
  'backups.unknownLocation':
    'Xiufu has never backed up to {location}. Choose a backup from the list.',
  'backups.unknownJob': 'This backup job has already finished or was cancelled.',
  'backups.folderAbsolute':
    'Enter the full path of a folder, for example /media/usb or E:\\Backups.',
  'backups.folderMissing':
    'The folder {folder} does not exist. Plug in the drive or create the folder, then try again.',
  'backups.folderNotDir': '{folder} is a file, not a folder. Choose a folder.',
  'backups.folderNotWritable': 'Xiufu cannot write to {folder} ({detail}). Choose another folder.',
  'backups.folderInsideData':
    'Choose a folder outside the data folder {dataDir}: a copy kept inside it is lost with it.',
  'backups.keep': 'Enter a whole number from {min} to {max}.',
  'backups.damaged': 'This backup is damaged, so it was not restored: {problems}',
  'backups.newer':
    'This backup was made by a newer Xiufu (data version {found}; this one knows up to {supported}) and cannot be restored here.',
  'backups.rawNotRestorable':
    'This is a raw copy of a data file that could not be opened; it is kept as it was for an expert and cannot be restored from here.',
  'backups.desktopOnly':
    'A folder dialog is available in the desktop app only; type the folder’s full path instead.',
  'backups.problem.manifest': 'its list of contents (manifest.json) is missing or unreadable',
  'backups.problem.database': 'its database failed the integrity check ({detail})',
  'backups.problem.databaseHash': 'its database file no longer matches its SHA-256',
  'backups.problem.fileMissing': 'the attachment {sha256} is missing',
  'backups.problem.fileDamaged': 'the attachment {sha256} no longer matches its SHA-256',
  'backups.failed': 'The backup failed and was removed: {detail}',
  'cli.noData': 'There is no data file in {dataDir}; nothing to back up.',
  'cli.rawCopy':
    '{problem} A verified backup cannot be made of it; a raw copy, byte for byte, was kept in {path}.',
  'cli.counts':
    'clients: {clients}, cases: {cases}, attached files: {files}, last change: {newest}',
  'cli.backedUp': 'Backup {id} made and verified ({counts}; {size}) in {location}.',
  'cli.backupDamaged':
    'Backup {id} was written to {location} but failed its verification: {problems} Check the disk and back up again.',
  'cli.restoreUsage':
    'Say which backup to restore: npm run restore -- PATH (a backup’s folder, or a folder of backups for its newest verified one).',
  'cli.restoreNotFound':
    'There is no backup in {path}: give a backup’s folder (it holds manifest.json) or a folder of backups.',
  'cli.restoreNoVerified': 'There is no verified backup in {path} that this Xiufu can restore.',
  'cli.backupFacts': 'Backup {id}, made {date}: {counts}.',
  'cli.nowFacts': 'Now in {dataDir}: {counts}.',
  'cli.nowUnusable': 'Now in {dataDir}: {problem}',
  'cli.confirm':
    'Replace the data in {dataDir} with this backup? What is there now is kept as a safety copy first. Type yes to go on: ',
  'cli.needYes': 'Not restored: run it in a terminal to be asked, or add --yes.',
  'cli.notConfirmed': 'Not restored; nothing was changed.',
  'cli.restored':
    'Restored backup {id} into {dataDir}; what was there before is kept as backup {safety}.',
  'cli.failed': 'Failed, nothing was changed: {detail}',
  'cli.never': 'never',
} as const;

export const backupsZh: Record<keyof typeof backupsEn, string> = {
  'recovery.empty': '数据文件 {file} 为空（0 字节）：可能因程序崩溃或磁盘已满而被截断。',
  'recovery.notSqlite': '数据文件 {file} 不是修复的数据库：其开头不是 SQLite 文件格式。',
  'recovery.damaged': '数据文件 {file} 已损坏；SQLite 检查结果：{detail}。',
  'recovery.newer':
    '数据文件 {file} 由更新版本的修复写入（数据版本 {found}；本版本最高支持 {supported}）。',
  'recovery.unreadable': '无法读取数据文件 {file}：{detail}。',
  'recovery.migrationFailed': '数据文件 {file} 无法升级到本版本修复（{detail}）；升级已撤销。',
  'recovery.backupFailed':
    '修复在升级 {file} 之前会先备份，但备份失败（{detail}）；未进行任何升级。请释放磁盘空间后重新启动。',
  'recovery.untouched': '该文件未被改动。',
  'recovery.refused':
    '修复无法打开数据文件，因此此功能不可用。请在恢复界面中恢复备份或打开其他数据文件夹。',
  'recovery.cli':
    '修复：{problem}{untouched}请在下方地址的恢复界面中恢复备份，或运行 `npm run restore -- 路径`，或用 XIUFU_DATA_DIR 指定其他文件夹启动。',
  'recovery.desktopOnly':
    '只有桌面版可以自行切换到其他文件夹。请停止修复，并将 XIUFU_DATA_DIR 设为该文件夹后重新启动。',
  'recovery.notAFolder': '{path} 不是文件夹。请选择包含 xiufu.db 的文件夹。',
  'backups.busy': '已有备份或恢复正在进行。请等待其结束，或将其取消。',
  'backups.restoring': '正在恢复备份；恢复结束前（约一两分钟）无法修改任何内容。',
  'backups.unknownId': '这不是备份的名称。请从列表中选择备份。',
  'backups.unknown': '{location} 中没有备份 {id}。请刷新列表。',
  'backups.unknownLocation': '修复从未备份到 {location}。请从列表中选择备份。',
  'backups.unknownJob': '该备份任务已结束或已取消。',
  'backups.folderAbsolute': '请输入文件夹的完整路径，例如 /media/usb 或 E:\\Backups。',
  'backups.folderMissing': '文件夹 {folder} 不存在。请插入磁盘或创建该文件夹后重试。',
  'backups.folderNotDir': '{folder} 是文件而不是文件夹。请选择文件夹。',
  'backups.folderNotWritable': '修复无法写入 {folder}（{detail}）。请选择其他文件夹。',
  'backups.folderInsideData':
    '请选择数据文件夹 {dataDir} 以外的文件夹：保存在其中的副本会与数据一同丢失。',
  'backups.keep': '请输入 {min} 到 {max} 之间的整数。',
  'backups.damaged': '该备份已损坏，因此未恢复：{problems}',
  'backups.newer':
    '该备份由更新版本的修复创建（数据版本 {found}；本版本最高支持 {supported}），无法在此恢复。',
  'backups.rawNotRestorable':
    '这是无法打开的数据文件的原样副本，按原样保留供专业人员处理，不能在此恢复。',
  'backups.desktopOnly': '只有桌面版提供文件夹选择对话框；请输入文件夹的完整路径。',
  'backups.problem.manifest': '其内容清单（manifest.json）缺失或无法读取',
  'backups.problem.database': '其数据库未通过完整性检查（{detail}）',
  'backups.problem.databaseHash': '其数据库文件与 SHA-256 不再一致',
  'backups.problem.fileMissing': '附件 {sha256} 缺失',
  'backups.problem.fileDamaged': '附件 {sha256} 与其 SHA-256 不再一致',
  'backups.failed': '备份失败，已删除未完成的备份：{detail}',
  'cli.noData': '{dataDir} 中没有数据文件；没有可备份的内容。',
  'cli.rawCopy': '{problem}无法为其制作经过验证的备份；已在 {path} 中逐字节保留一份原样副本。',
  'cli.counts': '客户：{clients}，案件：{cases}，附件：{files}，最近修改：{newest}',
  'cli.backedUp': '备份 {id} 已创建并通过验证（{counts}；{size}），位于 {location}。',
  'cli.backupDamaged':
    '备份 {id} 已写入 {location}，但未通过验证：{problems}请检查磁盘后重新备份。',
  'cli.restoreUsage':
    '请指定要恢复的备份：npm run restore -- 路径（某个备份的文件夹，或备份所在的文件夹，将恢复其中最新的已验证备份）。',
  'cli.restoreNotFound':
    '{path} 中没有备份：请给出某个备份的文件夹（其中有 manifest.json）或备份所在的文件夹。',
  'cli.restoreNoVerified': '{path} 中没有本版本修复可以恢复的已验证备份。',
  'cli.backupFacts': '备份 {id}，创建于 {date}：{counts}。',
  'cli.nowFacts': '{dataDir} 当前：{counts}。',
  'cli.nowUnusable': '{dataDir} 当前：{problem}',
  'cli.confirm': '用此备份替换 {dataDir} 中的数据吗？现有数据会先保存为安全副本。输入 yes 继续：',
  'cli.needYes': '未恢复：请在终端中运行以便确认，或加上 --yes。',
  'cli.notConfirmed': '未恢复；没有做任何改动。',
  'cli.restored': '已将备份 {id} 恢复到 {dataDir}；原有数据已保存为备份 {safety}。',
  'cli.failed': '失败，没有做任何改动：{detail}',
  'cli.never': '无',
};
