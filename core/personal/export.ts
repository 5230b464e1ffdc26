/** The personal-data archive (PIPL): its name and the readme it carries, in both languages. */
import { safeFileName } from '../files/safe-name';

export const exportFileName = (clientName: string, date: string): string =>
  safeFileName(`Personal data 个人信息 ${clientName} ${date}.zip`);

export function exportReadme(clientName: string, at: string): string {
  return `Personal data of ${clientName}, exported from Xiufu on ${at}

client.json    the client as stored: name, identifier, address, legal representative, contacts
listings.json  the listings (blacklist entries) on file for them
cases.json     each case: notes, logged events, documents and their notes, computed dates,
               custom checklist items, attached files and submission packets (as records)
history.json   every history entry that mentions them: who changed what, when
files/         every stored file of theirs, by case, under its own name

${clientName} 的个人信息，由 Xiufu 于 ${at} 导出

client.json    所存客户信息：名称、证件号码、地址、法定代表人、联系人
listings.json  其失信记录
cases.json     每个案件：备注、已记录事件、材料及备注、计算出的日期、自定义清单项、附件和提交材料包（记录）
history.json   所有与其有关的历史记录：谁在何时修改了什么
files/         其全部已存文件，按案件分列，保留原文件名
`;
}
