/**
 * Messages of one area: who owns the data folder, a read-only folder, a full disk, and a
 * write that lost a race. Merged into core/messages.ts.
 */
export const ownerEn = {
  'owner.cannotCreate':
    'Cannot create the data folder {dataDir} ({error}). Set XIUFU_DATA_DIR to a folder you can write to.',
  'owner.heldDesktop':
    'The data folder {dataDir} is already open in the Xiufu desktop app (process {pid}, started {since}). Switch to that window, or quit it and start again.',
  'owner.heldBrowser':
    'The data folder {dataDir} is already open in Xiufu in the browser (process {pid}, started {since}) at {address} — open that address, or stop that process and start again.',
  'owner.heldBrowserStarting':
    'The data folder {dataDir} is already open in Xiufu in the browser (process {pid}, started {since}), which is still starting. Wait a moment and open the address it prints, or stop that process and start again.',
  'owner.heldCommand':
    'The data folder {dataDir} is in use by a Xiufu command such as a backup or restore (process {pid}, started {since}). Wait for it to finish, then start again.',
  'owner.heldElsewhere':
    'The data folder {dataDir} is open in Xiufu on another computer ({hostname}, process {pid}). Quit Xiufu there, then start again.',
  'owner.heldUnknown':
    'The data folder {dataDir} is already open in another Xiufu process. Quit it, then start again.',
  'owner.lockDamaged':
    'The lock file {path} was changed by something other than Xiufu. Make sure no Xiufu is running on this folder, delete that file, and start again.',
  'owner.readOnly':
    'The data folder is read-only, so nothing can be changed and nothing was saved. To make changes, give your user write access to {dataDir}, then restart Xiufu.',
  'owner.readOnlyRequested':
    'Xiufu was started read-only (XIUFU_READ_ONLY), so nothing can be changed and nothing was saved. To make changes, start it again without XIUFU_READ_ONLY.',
  'owner.readOnlyEmpty':
    'The data folder {dataDir} is read-only and holds no Xiufu data yet, so there is nothing to show. Give your user write access to it, or set XIUFU_DATA_DIR to a writable folder.',
  'owner.readOnlyOutdated':
    'The data folder {dataDir} is read-only, and its data comes from an older Xiufu and must be upgraded first, which needs write access. Give your user write access to it and start Xiufu once; after that it can be opened read-only.',
  'owner.readOnlyUnsaved':
    'The data folder {dataDir} is read-only, and its latest changes are still in xiufu.db-wal, which only a writable start can fold in. Give your user write access to it and start Xiufu once.',
  'owner.diskFull':
    'The drive {drive} that holds the data folder is full, so nothing was saved. Free some space on {drive} (empty the bin, move or delete large files), then try again.',
  'owner.duplicateIdNumber':
    'A client with this identifier was saved a moment ago, perhaps in another window, so this one was not saved. Reload the clients and open that client instead of adding it again.',
  'owner.duplicateListing':
    'This listing was added to the case a moment ago, perhaps in another window, so nothing was saved. Reload the case to see it.',
  'owner.conflict':
    'This change clashes with another one saved a moment ago, perhaps in another window, so nothing was saved. Reload and try again.',
} as const;

export const ownerZh: Record<keyof typeof ownerEn, string> = {
  'owner.cannotCreate':
    '无法创建数据文件夹 {dataDir}（{error}）。请将 XIUFU_DATA_DIR 设为您可以写入的文件夹。',
  'owner.heldDesktop':
    '数据文件夹 {dataDir} 已在修复助手桌面版中打开（进程 {pid}，启动于 {since}）。请切换到该窗口，或先退出它再重新启动。',
  'owner.heldBrowser':
    '数据文件夹 {dataDir} 已在浏览器版修复助手中打开（进程 {pid}，启动于 {since}），地址为 {address}。请打开该地址，或先停止该进程再重新启动。',
  'owner.heldBrowserStarting':
    '数据文件夹 {dataDir} 已在浏览器版修复助手中打开（进程 {pid}，启动于 {since}），它仍在启动中。请稍候并打开它显示的地址，或先停止该进程再重新启动。',
  'owner.heldCommand':
    '数据文件夹 {dataDir} 正被修复助手的命令（例如备份或恢复）使用（进程 {pid}，启动于 {since}）。请等待其完成后再重新启动。',
  'owner.heldElsewhere':
    '数据文件夹 {dataDir} 已在另一台电脑（{hostname}，进程 {pid}）上的修复助手中打开。请先在那台电脑上退出修复助手，再重新启动。',
  'owner.heldUnknown':
    '数据文件夹 {dataDir} 已在另一个修复助手进程中打开。请先退出该进程，再重新启动。',
  'owner.lockDamaged':
    '锁文件 {path} 被修复助手以外的程序改动过。请确认没有修复助手正在使用此文件夹，删除该文件后重新启动。',
  'owner.readOnly':
    '数据文件夹为只读，无法修改，本次也未保存任何内容。如需修改，请为当前用户开放 {dataDir} 的写入权限，然后重新启动修复助手。',
  'owner.readOnlyRequested':
    '修复助手以只读方式启动（XIUFU_READ_ONLY），因此无法修改，本次也未保存任何内容。如需修改，请去掉 XIUFU_READ_ONLY 后重新启动。',
  'owner.readOnlyEmpty':
    '数据文件夹 {dataDir} 为只读，且其中还没有修复助手的数据，因此没有可显示的内容。请为当前用户开放该文件夹的写入权限，或将 XIUFU_DATA_DIR 设为可写的文件夹。',
  'owner.readOnlyOutdated':
    '数据文件夹 {dataDir} 为只读，且其中的数据来自旧版修复助手，须先升级，而升级需要写入权限。请为当前用户开放该文件夹的写入权限并启动一次修复助手，之后即可以只读方式打开。',
  'owner.readOnlyUnsaved':
    '数据文件夹 {dataDir} 为只读，且最近的更改仍在 xiufu.db-wal 中，只有以可写方式启动才能将其合并。请为当前用户开放该文件夹的写入权限并启动一次修复助手。',
  'owner.diskFull':
    '存放数据文件夹的磁盘 {drive} 已满，本次未保存任何内容。请在 {drive} 上腾出空间（清空回收站、移走或删除大文件），然后重试。',
  'owner.duplicateIdNumber':
    '刚刚已有一个使用此证件号码的客户被保存（可能是在另一个窗口中），因此本次未保存。请刷新客户列表并打开该客户，不要重复添加。',
  'owner.duplicateListing':
    '这条失信记录刚刚已被加入本案件（可能是在另一个窗口中），因此本次未保存任何内容。请刷新案件查看。',
  'owner.conflict':
    '此更改与刚刚保存的另一项更改冲突（可能来自另一个窗口），因此未保存任何内容。请刷新后重试。',
};
