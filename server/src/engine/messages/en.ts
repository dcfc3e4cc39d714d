// The English message catalogue: findings (citations, references, bibliography, manuscript,
// configuration, suppressions, internal) and the chrome of the text summary, GitHub summary and
// HTML report. The Indonesian catalogue (id.ts) must have every id; test/catalogue checks both.
// The statistics family still builds its English messages in place.
import type { Template } from './types';

/** `n thing(s)` */
const n = (count: unknown, one: string, many = `${one}s`) => `${count} ${Number(count) === 1 ? one : many}`;
const q = (items: readonly string[] | string | number | undefined) => (Array.isArray(items) ? items.map((i) => `"${i}"`).join(', ') : `"${items}"`);

export const en = {
  // ---- places and entries (arguments of other messages) ----
  'place.referenceList': () => 'the reference list',
  'place.bibliography': () => 'the bibliography',
  'year.none': () => 'n.d.',
  'entry.list': (a) => `the reference list entry ${a.entry}`,
  'entry.bibitem': (a) => `the \\bibitem ${a.key} — ${a.entry}`,
  'entry.bib': (a) => `the entry ${a.key} in ${a.file} — ${a.entry}`,
  'related.entry': () => 'the entry',
  'related.listedAuthors': () => 'the listed authors',
  'related.listedWithYear': (a) => `listed with year ${a.year}`,
  'related.firstListed': () => 'first listed here',
  'related.firstDefined': () => 'first defined here',
  'related.entryAbove': () => 'the entry above it',
  'related.namedWithoutYear': () => 'named here without a year',

  // ---- citation ----
  'citation.keyNotFound': (a) => `Citation key "${a.key}" is not in ${a.where}`,
  'citation.noEntry': (a) => `No entry in ${a.where} for ${a.citation}${a.secondary ?? ''}`,
  'citation.secondaryNote': (a) => ` (the original author ${a.original} need not be listed, but ${a.author} must)`,
  'citation.uncitedBibitem': (a) => `\\bibitem ${a.key} (${a.entry}) is never cited`,
  'citation.uncitedListEntry': (a) => `Reference list entry ${a.entry} is never cited`,
  'citation.uncitedListEntryNamed': (a) => `Reference list entry ${a.entry} is named in the text ("${a.named}") but never cited with its year`,
  'citation.uncitedBibEntry': (a) => `Bibliography entry ${a.key} in ${a.file} is never cited`,
  'citation.yearMatchesNone': (a) =>
    `Cited year ${a.year} matches none of the ${a.count} entries by ${a.author} in the ${a.inList === 'yes' ? 'reference list' : 'bibliography'}: listed years are ${(a.years as readonly string[]).join(', ')}`,
  'citation.yearMismatch': (a) => `Cited year ${a.year} does not match ${a.entry}: expected ${a.expected} in ${a.citation}`,
  'citation.ambiguous': (a) =>
    `${a.citation} matches ${a.count} entries: ${(a.entries as readonly string[]).join('; ')} — distinguish them with year suffixes (${a.year}a, ${a.year}b)`,
  'citation.authorMismatch': (a) => `Authors in ${a.citation} do not match ${a.entry}: ${a.detail}${a.degrees ?? ''}`,
  'citation.authorsDropped': (a, list) => {
    const many = (a.missing as readonly string[]).length > 1;
    return `co-author${many ? 's' : ''} ${list(a.missing)} ${many ? 'are' : 'is'} missing; expected "${a.expected}"`;
  },
  'citation.authorsExtra': (a, list) =>
    `${list(a.extra)} ${(a.extra as readonly string[]).length > 1 ? 'are' : 'is'} not an author of that entry; expected "${a.expected}"`,
  'citation.authorMisspelt': (a) => `"${a.written}" is spelt "${a.expected}" there`,
  'citation.authorNotAnAuthor': (a) => `${a.written} is not an author of that entry; expected "${a.expected}"`,
  'citation.firstAuthorMissing': (a) => `the first author ${a.first} is missing; expected "${a.expected}"`,
  'citation.etAlSingle': (a) => `the entry has a single author, so "et al." does not apply; expected "${a.expected}"`,
  'citation.degreesAsAuthors': (a) => ` (the entry also lists ${q(a.degrees)}, an academic degree, as an author)`,

  // ---- references ----
  'references.duplicateListEntry': (a) => `Duplicate reference list entry: ${a.entry} is already listed`,
  'references.duplicateKey': (a) => `Duplicate bibliography key ${a.key}: it is already defined in this file`,
  'references.unsorted': (a) => `Reference list is not in alphabetical order: ${a.entry} should come before ${a.previous}`,

  // ---- bibliography ----
  'bibliography.fileNotFound': (a) => `Bibliography file "${a.written}" does not exist (looked for ${a.lookedFor} relative to ${a.relativeTo})`,
  'bibliography.cslUnreadable': (a) => `CSL-JSON could not be read: ${a.detail}`,
  'bibliography.bibtexEntryUnreadable': (a) =>
    `${a.key ? `The BibTeX entry ${a.key}` : 'A BibTeX entry without a key'} could not be read (${a.detail}); it is ignored`,
  'bibliography.noBibtexEntries': () => 'No BibTeX entries found in this file',

  // ---- manuscript ----
  'manuscript.includeCycle': (a) =>
    `${a.written} is already being read (it includes this file, directly or through other files): this inclusion would repeat it endlessly and is skipped`,
  'manuscript.includedFileNotFound': (a) => `Included file not found: ${a.path}`,
  'manuscript.outsideProject': (a) =>
    `"${a.written}" lies outside the project (the manuscript's folder, its thesislint.json's folder or the opened folder) and is not read`,
  'manuscript.fileNotFound': (a) => `File not found or not readable as text: ${a.path}`,
  'manuscript.markdownTooDeep': (a) => `Lists or quotes nested about ${a.depth} levels deep (more than ${a.max}): this file was read line by line`,
  'manuscript.markdownUnparsable': (a) => `Markdown could not be parsed (${a.detail}): this file was read line by line`,
  'manuscript.frontMatterUnreadable': (a) => `The YAML front matter could not be read: ${a.detail}`,
  'manuscript.latexTooDeep': (a) => `LaTeX nesting deeper than ${a.max} levels: inner content ignored`,
  'manuscript.latexTooLarge': () => 'LaTeX file too large to parse at once: the rest was read approximately',
  'manuscript.latexUnparsable': (a) => `Could not parse this LaTeX (${a.detail}); read approximately`,
  'manuscript.latexParserFailed': (a) => `LaTeX parser failed (${a.detail}); file read approximately`,

  // ---- config, suppression, internal ----
  'config.invalid': (a) =>
    `Invalid configuration: ${a.detail}${/[.?!]$/.test(String(a.detail)) ? '' : '.'} The manuscript is checked without this file until it is fixed.`,
  'suppression.unused': (a) => `This suppression (${a.codes ?? 'all codes'}) silences no finding; remove it`,
  'internal.checkFailed': (a) => `The check ${a.code} failed on this manuscript and was skipped: ${a.detail}`,
  'internal.manuscriptFailed': (a) => `thesislint could not check this manuscript: ${a.detail}`,

  // ---- text summary, GitHub, report chrome ----
  'summary.checked': (a) => `${n(a.manuscripts, 'manuscript')} checked: ${n(a.errors, 'error')}, ${n(a.warnings, 'warning')}, ${a.others} info/hint`,
  'summary.manuscript': () => 'manuscript',
  'summary.files': () => 'files',
  'summary.citationsChecked': () => 'citations checked',
  'summary.errors': () => 'errors',
  'summary.warnings': () => 'warnings',
  'summary.notes': () => 'notes',
  'summary.abstractCoverage': () => 'abstract coverage',
  'summary.failed': () => 'failed',
  'github.notShown': (a) =>
    `${a.left} not shown as annotations (GitHub shows ${a.limit} of each kind per step); ${a.jobSummary === 'yes' ? 'the job summary lists every finding' : 'run thesislint check locally to see every finding'}`,
  'github.count.error': (a) => n(a.count, 'error'),
  'github.count.warning': (a) => n(a.count, 'warning'),
  'github.count.note': (a) => n(a.count, 'note'),
  'github.heading': (a) => `thesislint: ${n(a.errors, 'error')}, ${n(a.warnings, 'warning')}, ${n(a.notes, 'note')}`,
  'github.where': () => 'where',
  'github.severity': () => 'severity',
  'github.code': () => 'code',
  'github.message': () => 'message',
  'severity.error': () => 'error',
  'severity.warning': () => 'warning',
  'severity.info': () => 'info',
  'severity.hint': () => 'hint',
  'report.title': () => 'thesislint report',
  'report.lead': (a) => `${n(a.manuscripts, 'manuscript')}, ${n(a.findings, 'finding')} — thesislint ${a.version}`,
  'report.noFindings': () => 'No findings.',
  'report.contents': () => 'Contents',
  'report.findings': () => 'Findings',
  'report.findingsIn': (a) => `Findings by chapter and section (${a.count})`,
  'report.filters': () => 'Show',
  'report.all': () => 'all',
  'report.allFamilies': () => 'all checks',
  'report.whatWasChecked': () => 'What was checked',
  'report.checkedFiles': (a) => n(a.count, 'file'),
  'report.checkedCitations': (a) => `${n(a.count, 'citation')}`,
  'report.checkedReferences': (a) => `${n(a.count, 'reference list or bibliography entry', 'reference list or bibliography entries')}`,
  'report.checkedTables': (a) => n(a.count, 'table'),
  'report.checkedNumbers': (a) => `${n(a.count, 'number')} compared with tables`,
  'report.checkedTests': (a) => `${n(a.count, 'reported test')}`,
  'report.checkedFamilies': (a) => `Checks run: ${a.families}.`,
  'report.language': (a) => `Language of the prose: ${a.lang === 'id' ? 'Indonesian' : a.lang === 'en' ? 'English' : 'not determined'}.`,
  'report.paragraph': (a) => `paragraph ${a.number}`,
  'report.line': (a) => `line ${a.number}`,
  'report.beforeFirstHeading': () => 'Before the first heading',
  'report.otherFiles': () => 'Other files',
  'report.cohortTitle': () => 'Cohort summary',
  'report.evidence': () => 'Framework coverage',
  'report.family.citation': () => 'Citations',
  'report.family.references': () => 'Reference list',
  'report.family.bibliography': () => 'Bibliography files',
  'report.family.stats': () => 'Statistics',
  'report.family.coverage': () => 'Framework coverage',
  'report.family.suppression': () => 'Suppressions',
  'report.family.manuscript': () => 'Manuscript files',
  'report.family.config': () => 'Configuration',
  'report.family.internal': () => 'Internal',
  // ---- coverage (issue 14: its own block, so that merges with other families stay simple) ----
  // A label in both languages ({en, id}): a dimension's or an item's name, shown in the reader's.
  'coverage.label': (a) => String(a.en),
  'coverage.dimension': (a) => (String(a.en).toLowerCase() === String(a.id).toLowerCase() ? String(a.en) : `${a.en} (${a.id})`),
  'coverage.column.titled': (a) => String(a.title),
  'coverage.column.abstract': () => 'The abstract',
  'coverage.column.abstractIn': (a) => (a.lang === 'id' ? 'The Indonesian abstract' : a.lang === 'en' ? 'The English abstract' : 'The abstract'),
  'coverage.column.theory': () => 'the theory chapter',
  'coverage.column.methods': () => 'the methods chapter',
  'coverage.column.results': () => 'the results',
  'coverage.column.conclusion': () => 'the conclusion',
  'coverage.items.questions': (a) => n(a.count, 'research question'),
  'coverage.items.objectives': (a) => n(a.count, 'objective'),
  'coverage.items.hypotheses': (a) => n(a.count, 'hypothesis', 'hypotheses'),
  'coverage.abstractMissingDimension': (a) =>
    `${a.column} does not name ${a.missing} of the ${a.total} ${Number(a.total) === 1 ? 'dimension' : 'dimensions'} of ${a.framework} that the results discuss: ${(a.dimensions as readonly string[]).join(', ')}`,
  'coverage.conclusionMissingDimension': (a) =>
    `The conclusion names ${a.covered} of the ${a.total} ${Number(a.total) === 1 ? 'dimension' : 'dimensions'} of ${a.framework} that the results discuss, but not ${(a.dimensions as readonly string[]).join(', ')}`,
  'coverage.resultsMissingDimension': (a) =>
    `${a.by === 'config' ? `thesislint.json pins ${a.framework}` : `The ${a.by} chapter commits to ${a.framework}`}, but the results never discuss ${a.missing} of its ${a.total} ${Number(a.total) === 1 ? 'dimension' : 'dimensions'}: ${(a.dimensions as readonly string[]).join(', ')}`,
  'coverage.abstractMissingQuestion': (a) => `${a.column} does not report ${a.item}: ${a.quote}`,
  'coverage.abstractMissingHypothesis': (a) => `${a.column} does not report the result of ${a.item}: ${a.quote}`,
  'coverage.conclusionMissingQuestion': (a) => `The conclusion does not answer ${a.item}: ${a.quote}`,
  'coverage.conclusionMissingHypothesis': (a) => `The conclusion does not state the outcome of ${a.item}: ${a.quote}`,
  'coverage.resultsMissingQuestion': (a) => `The results never address ${a.item}: ${a.quote}`,
  'coverage.resultsMissingHypothesis': (a) => `The results never report a test of ${a.item}: ${a.quote}`,
  'coverage.abstractAnswersNone': (a) => `${a.column} reports none of the ${a.items}: it may still be a template or an unfinished draft`,
  'coverage.abstractAnswersSome': (a, list) => `${a.column} reports none of the ${a.items} in their own words, and hardly speaks of ${list(a.labels)}`,
  'coverage.conclusionAnswersNone': (a) =>
    `The conclusion ${a.kind === 'hypotheses' ? 'states the outcome of' : 'answers'} none of the ${a.items}: it may still be a template or an unfinished draft`,
  'coverage.conclusionAnswersSome': (a, list) =>
    `The conclusion ${a.kind === 'hypotheses' ? 'states the outcome of' : 'answers'} none of the ${a.items} in their own words, and hardly speaks of ${list(a.labels)}`,
  'coverage.related.question': () => 'the research question is stated here',
  'coverage.related.objective': () => 'the objective is stated here',
  'coverage.related.hypothesis': () => 'the hypothesis is stated here',
  'coverage.related.addressed': (a) => `the results address ${a.item} here`,
  'coverage.related.resultsChapter': () => 'the results chapter',
  'coverage.related.discussedUnder': (a) => `the results discuss ${a.dimension} under this heading`,
  'coverage.related.discussedHere': (a) => `the results discuss ${a.dimension} here`,
  'coverage.related.introduces': (a) => `${a.column} introduces ${a.dimension} here`,
} satisfies Record<string, Template>;

export type MessageId = keyof typeof en;
