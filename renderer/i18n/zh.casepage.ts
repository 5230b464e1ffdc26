/** Simplified Chinese strings of the case page's header, tabs and printing (RULES.md §6 terms). */
import type { Messages } from './en';

export const zhCasepage: Pick<Messages, 'casePage'> = {
  casePage: {
    tabs: '案件栏目',
    tab: {
      overview: '概要',
      dates: '日期与办理进程',
      documents: '申请材料与提交材料包',
      client: '客户与失信记录',
      history: '历史记录',
    },
    nextAction: '下一步',
    nearest: '最近日期',
    noNearest: '暂无待办日期',
    print: '打印',
    printCase: '打印此案件的一页摘要',
    printQueue: '打印审核队列',
    documents: '材料情况',
    received_other: '已收到 {{received}} / {{count}} 份必需材料',
    openDocuments: '查看申请材料与提交材料包',
  },
};
