/**
 * Validation and error messages in both languages. Schemas carry a message *key*
 * (with parameters encoded behind '|'), so the same zod schema can be translated
 * by the backend (dispatch) and by the renderer (forms) into the user's language.
 */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

import { editEn, editZh } from './messages.edit';
import { eventsEn, eventsZh } from './messages.events';
import { documentsEn, documentsZh } from './messages.documents';
import { findEn, findZh } from './messages.find';
import { recomputeEn, recomputeZh } from './messages.recompute';
import { clockEn, clockZh } from './messages.clock';
import { ownerEn, ownerZh } from './messages.owner';
import { filesEn, filesZh } from './messages.files';
import { backupsEn, backupsZh } from './messages.backups';
import { chainEn, chainZh } from './messages.chain';
import { auditEn, auditZh } from './messages.audit';
import { exportEn, exportZh } from './messages.export';
import { cryptEn, cryptZh } from './messages.crypt';
import { personalEn, personalZh } from './messages.personal';
import { demoEn, demoZh } from './messages.demo';
import { lettersEn, lettersZh } from './messages.letters';
import { importEn, importZh } from './messages.import';
import { reportsEn, reportsZh } from './messages.reports';
import { bundleEn, bundleZh } from './messages.bundle';

type Params = Record<string, string | number>;

const baseEn = {
  'field.required': 'This field is required.',
  'field.tooLong': 'Too long: at most {max} characters.',
  'field.invalid': 'This value is not valid.',
  'field.date': 'Enter a real date as YYYY-MM-DD, for example 2025-06-03.',
  'field.dateFuture': 'This date is in the future; enter a date on or before today.',
  'field.amount': 'Enter an amount in yuan with at most two decimals, for example 5000 or 1250.50.',
  'field.email': 'Enter an e-mail address such as name@example.com.',
  'field.phone': 'Enter a phone number: digits, spaces, +, - and parentheses only.',
  'field.choice': 'Choose one of the listed options.',
  'field.listingsMin': 'Add at least one listing to the case.',
  'field.triggerRequired':
    'This regime counts its waiting period from this date, so it is required.',
  'field.listingsMax': 'A case can hold at most {max} listings.',
  'field.tooBig': 'Too large: at most {max}.',
  'field.tooSmall': 'Too small: at least {min}.',
  'field.tooMany': 'Too many: at most {max}.',
  'id.empty': 'Enter the identifier.',
  'uscc.length':
    'A unified social credit code has 18 characters; this one has {length}. Check for a missing or extra character.',
  'uscc.alphabet':
    'Character {position} ("{char}") cannot appear in a unified social credit code: use digits and capital letters except I, O, S, V and Z.',
  'uscc.check':
    'The check character (the 18th) should be "{expected}", not "{actual}". Check the code for a typing error.',
  'idcard.length': 'A resident identity card number has 18 characters; this one has {length}.',
  'idcard.alphabet':
    'Character {position} ("{char}") is not allowed: use 17 digits followed by a digit or X.',
  'idcard.birth': 'Digits 7–14 must be a real birth date; {date} is not one.',
  'idcard.check':
    'The check character (the 18th) should be "{expected}", not "{actual}". Check the number for a typing error.',
  'error.notFound':
    'The {entity} with id {id} does not exist. It may have been removed; reload the list.',
  'error.archived': 'The {entity} with id {id} is archived and cannot be changed.',
  'error.duplicateId':
    'A client with the identifier {idNumber} already exists ({name}). Open that client instead of adding it again.',
  'error.listingOtherClient':
    '{listing} belongs to another client and cannot be added to this case. Add it to a case of that client, or enter the listing again for this one.',
  'error.unknownChannel': 'Unknown request "{channel}". Update or restart Xiufu.',
  'error.internal':
    'Something went wrong and nothing was saved. If it happens again, report reference {id}.',
  'error.demoNotEmpty':
    'Demo data can only be loaded into an empty data folder, and this one holds clients or cases already. Open an empty data folder to try the demo.',
  'calendar.year': 'Enter a year between {min} and {max}.',
  'calendar.yearOfficial':
    'The official calendar for {year} is already built in; only years without an announced calendar can be typed in.',
  'calendar.yearDuplicate': 'The year {year} has been entered twice; keep one.',
  'calendar.date': 'Enter a real date as YYYY-MM-DD, for example {example}.',
  'calendar.outsideYear': '{date} is not in {year}; every date of this notice must be in {year}.',
  'calendar.rangeOrder': 'The holiday "{name}" ends ({end}) before it starts ({start}).',
  'calendar.overlap':
    'The holidays "{first}" and "{second}" overlap; a day can belong to one holiday only.',
  'calendar.nameRequired': 'Enter the holiday’s name, for example 春节.',
  'calendar.nameTooLong': 'The holiday name is too long: at most {max} characters.',
  'calendar.makeupNotWeekend':
    '{date} is a weekday; a make-up working day (调休上班日) is always a Saturday or Sunday.',
  'calendar.makeupInHoliday':
    '{date} falls inside the holiday "{name}"; a make-up working day cannot be a holiday.',
  'calendar.makeupDuplicate': 'The make-up working day {date} is listed twice.',
  'files.tooLarge':
    'This file is larger than {max} MB, the limit for one attachment. Split or compress it, then attach it again.',
  'files.corrupt':
    'The stored copy of "{filename}" no longer matches its SHA-256, so it was not used. Attach the original again.',
  'files.missing':
    'The stored copy of "{filename}" is missing from the data folder. Attach the original again.',
  'files.uploadUnknown': 'This upload has expired or was cancelled. Attach the file again.',
  'files.uploadIncomplete':
    'The upload of "{filename}" is incomplete ({received} of {size} bytes). Attach the file again.',
  'files.unknownItem':
    'This case has no checklist item "{itemKey}". Reload the case and try again.',
  'letters.noItem':
    'No checklist item of this case takes this letter; the regimes of its listings do not ask for it.',
  'files.noDesktop':
    'Opening a file with another app works in the desktop app only; download it instead.',
  'files.openFailed': 'The system could not open "{filename}": {error}',
  'packets.empty': 'Nothing to put in the packet yet: attach at least one document first.',
  'packets.unknownJob': 'This export has already finished or was cancelled.',
  'entity.client': 'client',
  'entity.listing': 'listing',
  'entity.case': 'case',
  'entity.event': 'event',
  'entity.file': 'file',
  'entity.packet': 'packet',
  'lifecycle.beforePrevious':
    'This date is before the previous event ({previous}, {previousDate}). Enter {previousDate} or later, or correct the earlier event first.',
  'lifecycle.afterNext':
    'This date is after the next event ({next}, {nextDate}). Enter {nextDate} or earlier, or correct the later event first.',
  'lifecycle.illegalMove':
    'The case is {stage}, so “{event}” cannot be recorded now. Next it can be {allowed}.',
  'lifecycle.closed':
    'The case is closed; nothing more can be recorded. To act for this client again, open a new case.',
  'lifecycle.extensionOnce':
    'An extension was already recorded on {date} for this application, and a deadline is extended once only. Edit that extension instead of adding another.',
  'lifecycle.notEligible':
    'The waiting period is not over on {filed}: the earliest application date is {date}. Choose a filing date from {date}, or give a written reason to file anyway.',
  'lifecycle.documentsMissing':
    'Required documents are missing: {documents}. Mark them received, or give a written reason to file anyway.',
  'lifecycle.notEligibleAndDocumentsMissing':
    'The waiting period is not over on {filed} (the earliest application date is {date}), and required documents are missing: {documents}. File from {date} with every document, or give a written reason to file anyway.',
  'lifecycle.barred':
    'No application may be filed until {date} ({listing}): a re-application bar runs after a revoked repair. A written reason cannot override it; file after {date}.',
  'lifecycle.reasonsRequired':
    'Enter the authority’s reasons for refusing; they show what to fix before filing again.',
  'documents.notNeededReason':
    'Say why this document is not needed, for example “the authority holds the licence already”.',
} as const;

/** Each area of the app keeps its messages in its own file (core/messages.<area>.ts). */
const en = {
  ...baseEn,
  ...editEn,
  ...eventsEn,
  ...documentsEn,
  ...findEn,
  ...recomputeEn,
  ...clockEn,
  ...ownerEn,
  ...personalEn,
  ...demoEn,
  ...filesEn,
  ...backupsEn,
  ...chainEn,
  ...auditEn,
  ...exportEn,
  ...cryptEn,
  ...lettersEn,
  ...importEn,
  ...reportsEn,
  ...bundleEn,
} as const;

export type MessageKey = keyof typeof en;

const baseZh: Record<keyof typeof baseEn, string> = {
  'field.required': '此项为必填项。',
  'field.tooLong': '内容过长：最多 {max} 个字符。',
  'field.invalid': '该值无效。',
  'field.date': '请输入真实日期，格式为 YYYY-MM-DD，例如 2025-06-03。',
  'field.dateFuture': '该日期在未来；请输入今天或之前的日期。',
  'field.amount': '请输入以元为单位、最多两位小数的金额，例如 5000 或 1250.50。',
  'field.email': '请输入电子邮箱地址，例如 name@example.com。',
  'field.phone': '请输入电话号码：只能包含数字、空格、+、- 和括号。',
  'field.choice': '请从列出的选项中选择一项。',
  'field.listingsMin': '请至少为案件添加一条失信记录。',
  'field.triggerRequired': '该类信用修复的等待期从此日期起算，因此必须填写。',
  'field.listingsMax': '一个案件最多包含 {max} 条记录。',
  'field.tooBig': '数值过大：最多为 {max}。',
  'field.tooSmall': '数值过小：至少为 {min}。',
  'field.tooMany': '数量过多：最多 {max} 项。',
  'id.empty': '请输入证件号码。',
  'uscc.length': '统一社会信用代码应为 18 位；当前为 {length} 位。请检查是否漏输或多输了字符。',
  'uscc.alphabet':
    '第 {position} 位（“{char}”）不能出现在统一社会信用代码中：只能使用数字和除 I、O、S、V、Z 以外的大写字母。',
  'uscc.check': '校验码（第 18 位）应为“{expected}”，而不是“{actual}”。请检查代码是否输错。',
  'idcard.length': '居民身份证号码应为 18 位；当前为 {length} 位。',
  'idcard.alphabet': '第 {position} 位（“{char}”）不允许：应为 17 位数字加一位数字或 X。',
  'idcard.birth': '第 7–14 位必须是真实的出生日期；{date} 不是有效日期。',
  'idcard.check': '校验码（第 18 位）应为“{expected}”，而不是“{actual}”。请检查号码是否输错。',
  'error.notFound': '编号为 {id} 的{entity}不存在，可能已被删除；请刷新列表。',
  'error.archived': '编号为 {id} 的{entity}已归档，不能修改。',
  'error.duplicateId':
    '证件号码为 {idNumber} 的客户已存在（{name}）。请直接打开该客户，不要重复添加。',
  'error.listingOtherClient':
    '{listingZh}属于其他客户，不能加入本案件。请将其加入该客户的案件，或为本客户重新录入该记录。',
  'error.unknownChannel': '未知请求“{channel}”。请更新或重启修复助手。',
  'error.internal': '出现错误，未保存任何内容。如果再次发生，请报告参考编号 {id}。',
  'error.demoNotEmpty':
    '只能在空的数据文件夹中加载演示数据，而此文件夹中已有客户或案件。如需试用演示数据，请打开一个空的数据文件夹。',
  'calendar.year': '请输入 {min} 至 {max} 之间的年份。',
  'calendar.yearOfficial': '{year} 年的官方节假日安排已内置；只能录入尚未公布安排的年份。',
  'calendar.yearDuplicate': '{year} 年录入了两次；请只保留一份。',
  'calendar.date': '请输入真实日期，格式为 YYYY-MM-DD，例如 {example}。',
  'calendar.outsideYear': '{date} 不在 {year} 年内；该通知中的所有日期都必须在 {year} 年。',
  'calendar.rangeOrder': '假期“{name}”的结束日（{end}）早于开始日（{start}）。',
  'calendar.overlap': '假期“{first}”与“{second}”重叠；同一天只能属于一个假期。',
  'calendar.nameRequired': '请输入假期名称，例如“春节”。',
  'calendar.nameTooLong': '假期名称过长：最多 {max} 个字符。',
  'calendar.makeupNotWeekend': '{date} 是工作日；调休上班日必定是星期六或星期日。',
  'calendar.makeupInHoliday': '{date} 在假期“{name}”之内；调休上班日不能是假期。',
  'calendar.makeupDuplicate': '调休上班日 {date} 重复录入。',
  'files.tooLarge': '该文件超过单个附件 {max} MB 的上限。请拆分或压缩后重新添加。',
  'files.corrupt': '“{filename}”的存储副本与其 SHA-256 不符，因此未被使用。请重新添加原件。',
  'files.missing': '数据文件夹中缺少“{filename}”的存储副本。请重新添加原件。',
  'files.uploadUnknown': '此次上传已过期或已取消。请重新添加文件。',
  'files.uploadIncomplete':
    '“{filename}”上传不完整（已收到 {received} / {size} 字节）。请重新添加文件。',
  'files.unknownItem': '本案件没有清单项“{itemKey}”。请刷新案件后重试。',
  'letters.noItem': '本案件没有需要此文书的清单项；其失信记录所属类别不要求该文书。',
  'files.noDesktop': '只有桌面版可以用其他应用打开文件；请改为下载。',
  'files.openFailed': '系统无法打开“{filename}”：{error}',
  'packets.empty': '申请材料包中还没有内容：请先至少添加一份材料。',
  'packets.unknownJob': '此次导出已经结束或已取消。',
  'entity.client': '客户',
  'entity.listing': '失信记录',
  'entity.case': '案件',
  'entity.event': '事件',
  'entity.file': '文件',
  'entity.packet': '申请材料包',
  'lifecycle.beforePrevious':
    '该日期早于上一事件（{previousZh}，{previousDate}）。请输入 {previousDate} 或之后的日期，或先更正之前的事件。',
  'lifecycle.afterNext':
    '该日期晚于下一事件（{nextZh}，{nextDate}）。请输入 {nextDate} 或之前的日期，或先更正之后的事件。',
  'lifecycle.illegalMove':
    '案件当前为“{stageZh}”，现在不能记录“{eventZh}”。接下来可以记录：{allowedZh}。',
  'lifecycle.closed': '案件已结案，不能再记录事件。如需继续为该客户办理，请新建案件。',
  'lifecycle.extensionOnce':
    '本次申请已于 {date} 记录延长期限，期限只能延长一次。如需更改，请编辑该条记录，不要再添加。',
  'lifecycle.notEligible':
    '截至 {filed} 等待期尚未届满：最早可申请日为 {date}。请选择 {date} 或之后的提交日期，或填写书面理由后仍然提交。',
  'lifecycle.documentsMissing':
    '缺少必需材料：{documentsZh}。请标记为已收到，或填写书面理由后仍然提交。',
  'lifecycle.notEligibleAndDocumentsMissing':
    '截至 {filed} 等待期尚未届满（最早可申请日为 {date}），且缺少必需材料：{documentsZh}。请于 {date} 或之后备齐材料提交，或填写书面理由后仍然提交。',
  'lifecycle.barred':
    '{date} 前不得提交申请（{listingZh}）：修复被撤销后的禁止申请期尚未届满。此限制不能以书面理由解除；请在 {date} 之后提交。',
  'lifecycle.reasonsRequired': '请填写不予修复的理由；重新申请前需据此纠正。',
  'documents.notNeededReason': '请说明该材料无需提交的原因，例如“机关已存有营业执照”。',
};

const zh: Record<MessageKey, string> = {
  ...baseZh,
  ...editZh,
  ...eventsZh,
  ...documentsZh,
  ...findZh,
  ...recomputeZh,
  ...clockZh,
  ...ownerZh,
  ...personalZh,
  ...demoZh,
  ...filesZh,
  ...backupsZh,
  ...chainZh,
  ...auditZh,
  ...exportZh,
  ...cryptZh,
  ...lettersZh,
  ...importZh,
  ...reportsZh,
  ...bundleZh,
};

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, zh };

/** Encode a key and its parameters into one string that travels as a zod issue message. */
export function encodeMessage(key: MessageKey, params?: Params): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** The key and parameters of an encoded message, e.g. to answer a schema issue as an error. */
export function decodeMessage(encoded: string): { key: MessageKey; params: Params } {
  const bar = encoded.indexOf('|');
  const key = bar === -1 ? encoded : encoded.slice(0, bar);
  let params: Params = {};
  if (bar !== -1) {
    try {
      params = JSON.parse(encoded.slice(bar + 1)) as Params;
    } catch {
      params = {};
    }
  }
  return { key: isMessageKey(key) ? key : 'field.invalid', params };
}

/** Translate an encoded message (or a bare key). Unknown text is returned as it is. */
export function translateMessage(encoded: string, lang: Lang): string {
  const bar = encoded.indexOf('|');
  if (!isMessageKey(bar === -1 ? encoded : encoded.slice(0, bar))) return encoded;
  const { key, params } = decodeMessage(encoded);
  return format(catalogues[lang][key], params, lang);
}

function format(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    // Entity names are themselves keys, so "client" reads 客户 in Chinese.
    if (name === 'entity' && typeof value === 'string' && isMessageKey(`entity.${value}`)) {
      return catalogues[lang][`entity.${value}` as MessageKey];
    }
    return String(value);
  });
}
