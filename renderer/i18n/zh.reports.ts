/** Simplified Chinese strings of the Reports screen. */
import type { Messages } from './en';

export const zhReports: Pick<Messages, 'reports'> = {
  reports: {
    title: '报表',
    intro:
      '执业情况一览：申请、批准、主管机关用时、逾期、即将可申请的案件，以及各经办人的案件。每张图表下方都有对应的数据表。',
    filtersLabel: '筛选报表',
    from: '开始日',
    to: '结束日',
    regime: '制度',
    authority: '主管机关',
    assignee: '经办人',
    all: '全部',
    show: '显示',
    clear: '清除筛选',
    range: '统计期间：{{from}} 至 {{to}}。',
    emptyTitle: '暂无可绘制的数据',
    badUrl: '地址中的筛选条件无法识别，现显示未筛选的全部报表。请重新选择筛选条件。',
    copy: '复制表格',
    copied: '表格已复制',
    copyFailed: '无法复制表格：系统拒绝访问剪贴板。',
    png: 'PNG',
    pdf: 'PDF 页',
    pngLabel: '将“{{title}}”保存为 PNG 图片',
    pdfLabel: '将“{{title}}”保存为 PDF 页',
    exportFailed: '无法将图表保存为图片。请放大窗口后重试。',
    chartLabel: '图表：{{title}}',
    tableCaption: '{{title}}——数据表',
    unassigned: '未指定经办人',
    total: '全部主管机关',
    none: '—',
    percent: '{{n}}%',
    days: '{{n}} 个工作日',
    legalDays: '{{n}} 个{{unit}}日',
    unit: { working: '工作', calendar: '自然' },
    noLegal: '未规定',
    weekOf: '第 {{n}} 周',
    stages: {
      title: '各阶段申请数（按月）',
      note: '每月统计在该月因已记录的机关事件而进入各阶段的案件：已提交、已受理、要求补正、已决定（修复或不予修复）、已撤回。同一案件每月每阶段只计一次。日期范围按事件日期筛选。',
      empty:
        '此期间内尚无机关事件。在案件中记录提交、受理和决定（案件的“下一步”：记录提交申请、记录受理、记录决定）后，这里按月显示进入各阶段的案件数。',
      month: '月份',
    },
    approvalRegime: {
      title: '按制度的修复批准率',
      note: '决定日期在期间内的决定：批准（已修复）÷ 已决定，按案件失信记录的制度统计。',
      empty:
        '此期间内尚无决定。在案件中记录机关的决定（案件的“下一步” → 记录决定）后，这里按制度显示批准的比例。',
    },
    approvalAuthority: {
      title: '按主管机关的修复批准率',
      note: '决定日期在期间内的决定：批准（已修复）÷ 已决定，按案件失信记录的主管机关统计。',
      empty:
        '此期间内尚无决定。在案件中记录机关的决定（案件的“下一步” → 记录决定）后，这里按主管机关显示批准的比例。',
    },
    approval: { key: '制度或主管机关', decided: '已决定', approved: '已批准', rate: '批准率' },
    decisionTime: {
      title: '各主管机关的决定用时（工作日）',
      note: '自受理（未记录受理的，自提交）至决定，按国家法定节假日安排计算的工作日数——与法定期限本身的计算方法相同。中位数和第 90 百分位数对照该制度的法定决定期限。等待补正材料的时间未扣除。',
      empty:
        '此期间内尚无已决定的申请。案件记录了提交（或受理）和决定后，这里显示该主管机关决定用时的中位数和第 90 百分位数。',
      authority: '主管机关',
      regime: '制度',
      decisions: '决定数',
      median: '中位数',
      p90: '第 90 百分位数',
      legal: '法定期限',
      late: '超过期限',
    },
    overdue: {
      title: '各主管机关的逾期率',
      note: '当前等待主管机关处理（受理、决定或停止公示）的案件，以及其中期限已过而机关尚未处理的案件。截至 {{today}}；不受日期范围影响。',
      empty:
        '当前没有等待主管机关处理的案件。案件提交后，这里跟踪其受理和决定期限，并按主管机关显示逾期比例。',
      awaiting: '等待中',
      overdue: '已逾期',
      rate: '逾期率',
    },
    eligible: {
      title: '未来 12 周可申请的案件',
      note: '尚未提交、计算出的“可申请日”落在各周的案件；第 1 周从今天开始。不受日期范围影响。',
      empty:
        '未来 12 周没有案件可申请。处于接案、等待期、准备材料或可提交阶段的案件，会在其等待期届满的那一周显示在这里。',
      week: '周',
      fromTo: '日期',
      cases: '案件数',
    },
    workload: {
      title: '各经办人的工作量',
      note: '当前未结案件（未修复、未被拒绝、未结案或未撤回）按经办人和阶段统计。不受日期范围影响。',
      empty:
        '没有符合条件的未结案件。创建案件后，未结案件按经办人显示在这里；在案件中设置经办人以分配工作。',
      assignee: '经办人',
      total: '未结案件',
    },
  },
};
