/** Simplified Chinese strings of case bundles; mirrors en.bundle.ts. */
import type { Messages } from './en';

export const zhBundle: Pick<Messages, 'bundle'> = {
  bundle: {
    close: '关闭',
    exportCase: '导出案件包',
    exportSelected_other: '将 {{count}} 个案件导出为案件包',
    selectColumn: '选择',
    selectCase: '选择 {{name}} 的案件',
    clearSelection: '取消选择',
    plainNote:
      '案件包是未加密的文件：即使本数据文件夹已加密，任何拿到它的人都能读取其中的案件、文件和历史记录。请只发送给有权查看的人。',
    progress: '正在打包：第 {{done}} / {{total}} 项',
    saved: '已保存 {{filename}}',
    import: '导入案件包',
    importTitle: '导入案件包',
    importHint:
      '请选择同事导出的 .xiufu 文件。导入前，Xiufu 会按案件包清单逐项核对，并按本系统的规则校验每一条记录。',
    file: '案件包文件（.xiufu）',
    filePlaceholder: '选择文件',
    check: '核对案件包',
    checking: '正在核对案件包…',
    uploading: '正在读取文件：{{percent}}%',
    verified: '核对完毕：每一项均与其 SHA-256 相符，每条记录均有效。',
    from: '{{date}} 由 Xiufu {{version}} 导出 · SHA-256 {{sha256}}',
    casesHeading: '案件',
    clientsHeading: '客户',
    caseNew: '将会添加',
    caseHere: '已在本处（{{date}} 导入）— 不会有任何改动',
    caseNewer:
      '已在本处（{{date}} 导入）。此案件包较新，但 Xiufu 不合并改动：该案件保持原样。请向发送人了解改动内容。',
    caseLine_other: '{{client}} · {{count}} 条失信记录',
    clientExisting: '按代码匹配到本处已有的客户',
    clientNew: '新客户',
    openCase: '打开案件',
    confirm_other: '导入 {{count}} 个案件',
    nothingNew: '此案件包中的案件均已在本处：再次导入不会添加任何内容。',
    done_other: '已导入 {{count}} 个案件。',
    doneNothing: '未添加任何内容：此案件包中的案件已在本处。',
    chooseAnother: '选择其他文件',
    history: {
      exported: '已导出为案件包 {{file}}',
      imported: '自案件包 {{file}} 导入，SHA-256 {{sha256}}',
    },
  },
};
