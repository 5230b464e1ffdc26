/**
 * Writes fixtures/import/cases.xlsx (the CSV fixtures beside it are plain text, kept as
 * they are): two sheets, one with Chinese headers and one with English, dates as real date
 * cells, an Excel serial number and Chinese text, and one row with a bad check character.
 * Run: npx tsx scripts/import-fixtures.ts
 */
import ExcelJS from 'exceljs';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function main() {
  const book = new ExcelJS.Workbook();
  const zh = book.addWorksheet('案件');
  zh.addRow([
    '企业名称',
    '统一社会信用代码',
    '类型',
    '决定机关',
    '文号',
    '决定日期',
    '列入日期',
    '提交申请日期',
  ]);
  zh.addRow([
    '北京甲科技有限公司',
    '91110000100000001W',
    '严重违法失信名单',
    '北京市市场监督管理局',
    '京市监严〔2024〕1号',
    day('2024-03-01'),
    day('2024-03-05'),
    day('2025-04-01'),
  ]);
  // 45292 is Excel's serial of 2024-01-01.
  zh.addRow([
    '上海乙贸易有限公司',
    '91310000200000002Q',
    '经营异常名录',
    '上海市浦东新区市场监督管理局',
    '沪浦市监异〔2024〕2号',
    45292,
    '2024年1月1日',
    null,
  ]);
  zh.addRow([
    '深圳丙实业有限公司',
    '91440300300000003X',
    '严重违法失信名单',
    '深圳市市场监督管理局',
    '深市监严〔2024〕3号',
    day('2024-05-01'),
    day('2024-05-06'),
    null,
  ]);
  for (const c of [6, 7, 8]) zh.getColumn(c).numFmt = 'yyyy-mm-dd';
  // A column formatted General shows the serial itself, as Excel does for a pasted number.
  zh.getCell('F3').numFmt = 'General';
  const en = book.addWorksheet('More');
  en.addRow([
    'Client name',
    'USCC',
    'Regime',
    'Authority',
    'Decision number',
    'Decision date',
    'Listing date',
  ]);
  en.addRow([
    'Suzhou Ding Electronics',
    '91320500400000004K',
    'samr-serious-list',
    '苏州市市场监督管理局',
    '苏市监严〔2024〕6号',
    day('2024-04-01'),
    day('2024-04-10'),
  ]);
  en.getColumn(6).numFmt = 'yyyy-mm-dd';
  en.getColumn(7).numFmt = 'yyyy-mm-dd';
  await book.xlsx.writeFile('fixtures/import/cases.xlsx');
}

void main();
