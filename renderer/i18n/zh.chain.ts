/** 历史记录链的中文文本：设置 › 完整性 与红色提示。 */
import type { Messages } from './en';

export const zhChain: Pick<Messages, 'integrity' | 'chainBanner'> = {
  integrity: {
    title: '完整性',
    intro:
      '每次更改都作为链中的一环写入历史记录：每条记录都包含前一条记录的指纹（哈希值）。在修复之外更改、删除或调换任何一条记录都会使链断开，修复会指出断开的位置。',
    intact_other: '历史记录完整：共 {{count}} 条，校验于 {{time}}。',
    notYet: '修复启动后尚未校验历史记录。请选择“立即校验”。',
    brokenShort: '历史记录不完整：请查看上方的红色提示。',
    verifyNow: '立即校验',
    verifying: '正在校验历史记录',
    percent: '{{percent}}%',
    checkpoint: '校验点',
    checkpointHint:
      '当前链的末端。请将其保存在别处（纸张、电子邮件、其他磁盘）：日后可据此证明此前的记录未被改写。',
    checkpointText: '条目数：{{entries}} · 生成时间：{{time}}',
    hash: '哈希值',
    copy: '复制',
    copyLabel: '复制校验点',
    copied: '已复制',
    save: '保存为文件',
    saveLabel: '将校验点保存为文件',
    checkTitle: '核对保存的校验点',
    checkText: '保存的校验点',
    checkTextHint: '粘贴保存的校验点文本，或打开校验点文件。',
    open: '打开文件…',
    check: '核对',
    holds:
      '此校验点成立：链中第 {{id}} 条记录仍是该哈希值（共 {{entries}} 条，生成于 {{time}}）。此前的记录未被改写。',
    rewritten: '此校验点已不成立：截至第 {{id}} 条的历史记录（生成于 {{time}}）此后被改写。',
    rewrittenAt: '该位置现在是：{{entry}}。',
    unreadable: '无法读取该文件。请选择“保存为文件”所写的文件。',
  },
  chainBanner: {
    title: '历史记录在修复之外被改动',
    entry: '第 {{id}} 条记录——{{what}}（{{entity}} {{entityId}}），由 {{actor}} 于 {{time}}',
    entryGone: '已不存在的记录',
    edited: '发现于{{entry}}：该记录写入后被修改（{{part}}）。',
    part: { content: '更改内容', facts: '操作人、时间或所涉对象' },
    deleted: '发现于{{entry}}：其前一条记录被删除。',
    inserted: '发现于{{entry}}：该记录是事后插入的，并非修复所写。',
    reordered: '发现于{{entry}}：该记录被移离原来的位置。',
    erased: '发现于{{entry}}：其内容被删除，但没有相应的删除记录。',
    rewritten:
      '第 {{afterId}} 条之后的历史记录被改写：{{time}} 的校验点（{{entries}} 条）已不成立。首条受影响的记录：{{entry}}。',
    rewrittenStart:
      '历史记录从头被改写：{{time}} 的校验点（{{entries}} 条）已不成立。首条受影响的记录：{{entry}}。',
    todo: '处理方法：请原样保留此数据文件夹作为证据（复制到其他磁盘）。然后恢复改动之前的备份（设置 › 备份），并核对此后的历史记录。',
  },
};
