/** Simplified Chinese strings of the data folder's state: the read-only banner and the titles of a read-only or full-disk refusal. */
import type { Messages } from './en';

export const zhOwner: Pick<Messages, 'readOnly' | 'refusalTitle'> = {
  readOnly: {
    title: '只读：无法进行任何修改',
    folder:
      '修复助手无法写入数据文件夹 {{dataDir}}。您可以查看所有客户、案件和材料，但不能新增、修改或添加附件。如需正常使用，请为当前用户开放该文件夹的写入权限（或将其复制到可写入的位置，并将 XIUFU_DATA_DIR 设为该副本），然后重新启动修复助手。',
    requested:
      '修复助手以只读方式（XIUFU_READ_ONLY）打开了数据文件夹 {{dataDir}}。您可以查看所有客户、案件和材料，但不能新增、修改或添加附件。如需正常使用，请去掉 XIUFU_READ_ONLY 后重新启动修复助手。',
  },
  refusalTitle: {
    read_only: '未保存：数据文件夹为只读',
    disk_full: '未保存：磁盘已满',
  },
};
