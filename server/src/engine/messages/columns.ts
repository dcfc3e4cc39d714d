// The columns of the coverage matrix in a locale: the engine names the chapter roles and an
// abstract environment in English ("the methods chapter", "The Indonesian abstract",
// engine/coverage/columns.ts); a written heading ("ABSTRAK") stays as the manuscript writes it.
import { COLUMN_TITLES } from '../coverage/columns';
import type { CoverageColumn } from '../coverage/types';
import { t } from './index';
import type { Locale } from './types';

export function columnTitle(column: Pick<CoverageColumn, 'kind' | 'title' | 'lang'>, locale: Locale): string {
  if (column.kind !== 'abstract') return column.title === COLUMN_TITLES[column.kind] ? t(locale, `report.column.${column.kind}`) : column.title;
  if (column.title === 'The abstract') return t(locale, 'report.column.abstract');
  return column.title === t('en', 'report.column.abstract', { lang: column.lang }) ? t(locale, 'report.column.abstract', { lang: column.lang }) : column.title;
}
