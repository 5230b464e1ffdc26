/**
 * The columns an import understands (docs/import.md): one row is one listing of a client;
 * rows with the same case reference (or, without one, the same client) form one case; the
 * case's past authority events are columns of its rows. Each field lists the headers it is
 * recognised by, in Chinese and English, compared after normaliseHeader (core/import/headers.ts).
 */
export const IMPORT_FIELDS = [
  'caseRef',
  'clientName',
  'idNumber',
  'clientKind',
  'legalRep',
  'address',
  'regime',
  'authority',
  'decisionNo',
  'decisionDate',
  'listingDate',
  'publicationDate',
  'reason',
  'penaltyAmount',
  'penaltyPaid',
  'assignee',
  'notes',
  'filedDate',
  'acceptedDate',
  'decidedDate',
  'outcome',
  'outcomeNo',
  'outcomeReasons',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column's target: a field, or left out. */
export type ColumnTarget = ImportField | 'ignore';

export const DATE_FIELDS = [
  'decisionDate',
  'listingDate',
  'publicationDate',
  'filedDate',
  'acceptedDate',
  'decidedDate',
] as const satisfies readonly ImportField[];

/** Without these a row cannot become a client's listing. */
export const REQUIRED_FIELDS = [
  'clientName',
  'idNumber',
  'regime',
  'authority',
  'decisionNo',
  'decisionDate',
] as const satisfies readonly ImportField[];

export const FIELD_HEADERS: Record<ImportField, readonly string[]> = {
  caseRef: [
    '案件编号',
    '案号',
    '案件号',
    'case reference',
    'case ref',
    'case no',
    'case number',
    'case id',
  ],
  clientName: [
    '企业名称',
    '名称',
    '客户名称',
    '单位名称',
    '客户',
    '主体名称',
    'client name',
    'client',
    'company name',
    'name',
  ],
  idNumber: [
    '统一社会信用代码',
    '社会信用代码',
    '信用代码',
    '证件号码',
    '身份证号码',
    '身份证号',
    'uscc',
    'unified social credit code',
    'credit code',
    'id number',
    'id no',
    'identifier',
  ],
  clientKind: ['主体类型', '客户类型', '客户类别', 'client kind', 'client type', 'kind'],
  legalRep: ['法定代表人', '法人', 'legal representative', 'legal rep'],
  address: ['地址', '住所', '注册地址', 'address'],
  regime: ['类型', '失信类型', '名单类型', '信用修复类型', '类别', 'regime', 'list', 'record type'],
  authority: [
    '决定机关',
    '作出决定机关',
    '列入机关',
    '处罚机关',
    'authority',
    'deciding authority',
  ],
  decisionNo: [
    '文号',
    '决定书文号',
    '决定文号',
    '处罚决定书文号',
    'decision number',
    'decision no',
  ],
  decisionDate: ['决定日期', '处罚决定日期', '作出决定日期', 'decision date'],
  listingDate: ['列入日期', '列入时间', 'listing date', 'listed on'],
  publicationDate: ['公示日期', '公布日期', 'publication date', 'published on'],
  reason: ['列入原因', '失信原因', '事由', '原因', 'reason'],
  penaltyAmount: [
    '罚款金额',
    '罚款',
    '罚款金额（元）',
    '罚款金额(元)',
    'penalty',
    'penalty amount',
    'fine',
  ],
  penaltyPaid: ['是否已缴纳', '已缴纳', '罚款已缴纳', 'penalty paid', 'paid'],
  assignee: ['负责人', '经办人', '承办人', 'assignee', 'consultant'],
  notes: ['备注', 'notes', 'note', 'remarks'],
  filedDate: ['提交申请日期', '申请日期', '提交日期', 'filed', 'filed on', 'filing date'],
  acceptedDate: ['受理日期', 'accepted', 'accepted on', 'acceptance date'],
  decidedDate: ['修复决定日期', '修复决定时间', 'repair decision date', 'decided on'],
  outcome: ['修复结果', '决定结果', 'outcome', 'repair outcome'],
  outcomeNo: ['修复决定文号', 'repair decision number', 'repair decision no'],
  outcomeReasons: ['不予修复理由', '修复决定理由', 'refusal reasons', 'decision reasons'],
};
