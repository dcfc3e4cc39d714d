// The columns of the coverage matrix in a locale: one source of column titles, the column's own
// catalogue message (CoverageColumn.name, made in engine/coverage/columns.ts) — the chapter roles
// and an abstract environment named by thesislint ("the methods chapter", "The Indonesian
// abstract"), a written heading ("ABSTRAK") as the manuscript writes it. A column read back
// without its message (a result serialised to JSON) is named from its English title.
import { COLUMN_TITLES } from '../coverage/columns';
import type { CoverageColumn } from '../coverage/types';
import { render, t } from './index';
import type { Locale } from './types';

export function columnTitle(column: Pick<CoverageColumn, 'kind' | 'title' | 'lang'> & Partial<Pick<CoverageColumn, 'name'>>, locale: Locale): string {
  if (column.name) return render(column.name, locale);
  if (column.kind !== 'abstract') return column.title === COLUMN_TITLES[column.kind] ? t(locale, `coverage.column.${column.kind}`) : column.title;
  if (column.title === t('en', 'coverage.column.abstract')) return t(locale, 'coverage.column.abstract');
  return column.title === t('en', 'coverage.column.abstractIn', { lang: column.lang })
    ? t(locale, 'coverage.column.abstractIn', { lang: column.lang })
    : column.title;
}
