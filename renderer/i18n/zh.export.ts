/** Simplified Chinese strings of the Export menu every list has. */
import type { Messages } from './en';

export const zhExport: Pick<Messages, 'exportList'> = {
  exportList: {
    button: '导出',
    label: '导出{{what}}',
    csv: 'CSV (.csv)',
    xlsx: 'Excel (.xlsx)',
    preparing: '正在准备导出…',
    progress: '正在导出{{what}}：{{done}} / {{total}}',
    cancel: '取消导出',
    done_other: '已将 {{count}} 行导出到 {{filename}}。',
    empty: '没有可导出的内容：列表为空。请修改搜索或筛选条件使列表显示内容后再导出。',
    cancelled: '导出已取消，未保存任何文件。',
    lists: {
      cases: '所显示的案件',
      clients: '所显示的客户',
      queue: '审核队列',
      agenda: '所显示的日期',
      audit: '所显示的记录',
    },
  },
};
