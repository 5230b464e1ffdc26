/** Simplified Chinese strings of the demo data; mirrors en.demo.ts. */
import type { Messages } from './en';

export const zhDemo: Pick<Messages, 'demo'> = {
  demo: {
    title: '演示数据',
    hint: '用于试用的虚构客户和案件，可随时删除。',
    load: '加载演示数据',
    loadTitle: '加载演示数据？',
    loadText:
      'Xiufu 将添加 {{clients}}和 {{cases}}，均为虚构，处于不同阶段：一件仍在等待期，一件现在可申请，一件决定即将到期，一件已逾期，一件已作出决定。其材料附有小型示例文件。',
    loadRemovable: '之后可在“设置 › 演示数据”或仪表板中全部删除；您自己的记录不会受影响。',
    loadConfirm: '加载演示数据',
    notice: '您正在查看演示数据：虚构的客户和案件。',
    present: '已加载演示数据：{{clients}}和 {{cases}}，均为虚构。',
    none: '未加载演示数据。演示数据只能加载到空的数据文件夹中。',
    notEmpty: '此数据文件夹中已有您自己的客户或案件，因此不能在此加载演示数据。',
    remove: '删除演示数据',
    removeTitle: '删除演示数据？',
    removeText:
      '将删除演示添加的 {{clients}}和 {{cases}}，连同其失信记录、事件、材料和文件。您自己的客户和案件保留不变。历史记录保留原有条目，并记录本次删除。',
    removeNothing: '所有演示客户均已成为您自己的记录，不能删除（见下文）。',
    removeUserAdded: '您在这些演示案件中添加的内容将一并删除：{{events}}和 {{files}}。',
    keptIntro: '以下客户已成为您自己的记录，予以保留：',
    kept: '{{name}}：{{reasons}}',
    reason: {
      edited: '您修改过该客户',
      ownCase: '您为其添加了案件',
      ownListing: '您为其添加了失信记录',
    },
    close: '关闭',
    reasonSeparator: '、',
    removeConfirm: '删除演示数据',
    removed: '演示数据已删除：{{clients}}和 {{cases}}。',
    events_other: '{{count}} 个事件',
    files_other: '{{count}} 个文件',
    historyRemoved: '删除了演示数据：{{clients}}和 {{cases}}',
  },
};
