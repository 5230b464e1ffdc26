/** Exporting a list to CSV or .xlsx: its columns and rows, the CSV rules, the inputs. */
export * from './columns';
export { CSV_BOM, csvHeader, csvLines, FORMULA_START, neutralise, type CsvCell } from './csv';
export * from './schemas';
