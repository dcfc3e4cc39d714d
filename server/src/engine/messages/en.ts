// The English message catalogue: findings (citations, references, bibliography, manuscript, statistics,
// configuration, suppressions, internal) and the chrome of the text summary, GitHub summary and
// HTML report. The Indonesian catalogue (id.ts) must have every id; test/catalogue checks both.
// Every family's finding messages are in the catalogue (coverage in its own block at the end).
import type { Template } from './types';

/** `n thing(s)` */
const n = (count: unknown, one: string, many = `${one}s`) => `${count} ${Number(count) === 1 ? one : many}`;
/** "two-tailed " / "one-tailed " / "" before a p. */
const tails = (t: unknown) => (t === 'one' ? 'one-tailed ' : t === 'two' ? 'two-tailed ' : '');
const q = (items: readonly string[] | string | number | undefined) => (Array.isArray(items) ? items.map((i) => `"${i}"`).join(', ') : `"${items}"`);

export const en = {
  // ---- places and entries (arguments of other messages) ----
  'place.referenceList': () => 'the reference list',
  'place.bibliography': () => 'the bibliography',
  'year.none': () => 'n.d.',
  'entry.list': (a) => `the reference list entry ${a.entry}`,
  'entry.bibitem': (a) => `the \\bibitem ${a.key} — ${a.entry}`,
  'entry.bib': (a) => `the entry ${a.key} in ${a.file} — ${a.entry}`,
  'entry.described': (a) => String(a.en),
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

  'citation.noBibliography': (a) =>
    `${a.what} could not be checked: ${a.found}. Name it with --bib FILE, list it under "bibliography" in thesislint.json, or declare it in the manuscript (${a.declare})${a.orList === 'yes' ? ', or add a reference list (DAFTAR PUSTAKA / References)' : ''}`,
  'citation.uncheckedCount': (a) =>
    a.keys !== undefined ? `${a.total} citations (${a.keys} by key, ${a.prose} author–year)` : Number(a.total) === 1 ? '1 citation' : `${a.total} citations`,
  'citation.noBibliographyForKeys': () => 'no bibliography file (.bib or CSL-JSON) for the cited keys was found',
  'citation.noBibliographyAtAll': () => 'no bibliography file or reference list was found',
  'citation.declareLatex': () => '\\bibliography{…} or \\addbibresource{…}',
  'citation.declareFrontMatter': () => 'bibliography: in the front matter',

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
  'bibliography.undeclared': (a) =>
    `${a.name} is declared nowhere, so the citations were checked against it as a guess: declare it with ${a.how}, or list it under "bibliography" in thesislint.json`,
  'bibliography.declareInFrontMatter': (a) => `"bibliography: ${a.name}" in the front matter or project file`,
  'bibliography.declareInLatex': (a) => `\\bibliography{${a.stem}} or \\addbibresource{${a.name}}`,

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
  'manuscript.unclosedFence': (a) =>
    `This code block (${a.opener}) is never closed, so everything after it would be code: close it with a line of ${a.fence}. The rest of the file is checked as text`,
  'manuscript.unclosedVerbatim': (a) =>
    `\\begin{${a.environment}} is never closed, so everything after it would be read as verbatim: add ${a.closing}. The rest of the file is checked as text`,

  // ---- statistics (numbers are passed as the manuscript writes them, or formatted in its style) ----
  'stats.theTable': () => 'the table',
  'stats.tableLabelled': (a) => `table ${a.label}`,
  'stats.columnNumber': (a) => `column ${a.number}`,
  'stats.rowNumber': (a) => `row ${a.number}`,
  'stats.cell': (a) => `${a.table}, ${a.row}, ${a.column}: ${a.value}`,
  'stats.rowValue': (a) => `${a.row}: ${a.value}`,
  'stats.rowValueInParentheses': (a) => `${a.row} (${a.value})`,
  'stats.rowColumnValue': (a) => `${a.row}, ${a.column}: ${a.value}`,
  'stats.tableMismatch': (a) => `Text gives ${a.stated} for ${a.row}; ${a.table} has ${a.value} (${a.column})${a.note ?? ''}`,
  'stats.valueOfOtherRow': (a) => ` (${a.stated} is the value for ${a.row})`,
  'stats.derived.change': (a) =>
    `Text gives ${a.said === 'up' ? 'a rise' : a.said === 'down' ? 'a fall' : 'a change'} of ${a.stated} from ${a.from} to ${a.to}; ${a.table} (${a.column}) changes by ${a.change}${a.points === 'yes' ? ' points' : ''}${a.relative ? ` (${a.relative}%)` : ''} (${a.then} → ${a.now})`,
  'stats.derived.statedChange': (a) =>
    `Text gives ${a.said === 'up' ? 'a rise' : 'a fall'} of ${a.stated} from ${a.from} to ${a.to}; those two figures differ by ${a.change}${a.points === 'yes' ? ' points' : ''}${a.relative ? ` (${a.relative}%)` : ''}`,
  'stats.derived.changeCell': (a) =>
    `Text gives ${a.said === 'up' ? 'a rise' : a.said === 'down' ? 'a fall' : 'a change'} of ${a.stated} for ${a.row}; ${a.table} (${a.column}) gives ${a.value}`,
  'stats.derived.count': (a) => `Text counts ${a.stated} ${a.noun}; ${a.table} lists ${a.expected}`,
  'stats.derived.rows': () => 'rows',
  'stats.derived.rowCount': (a) => n(a.count, 'row'),
  'stats.derived.aggregate': (a) =>
    `Text gives ${a.what === 'mean' ? 'an average' : 'a total'} of ${a.stated}; the ${a.what === 'mean' ? 'average' : 'total'} of ${a.table} (${a.column}, ${a.rows}) is ${a.expected}`,
  'stats.derived.other': (a) => `Text gives ${a.stated} as ${a.what}; ${a.table} (${a.column}) gives ${a.expected}${a.at ? ` (${a.at})` : ''}`,
  'stats.what.change': () => 'a change',
  'stats.what.difference': () => 'a difference',
  'stats.what.range-low': () => 'the low end of a range',
  'stats.what.range-high': () => 'the high end of a range',
  'stats.what.max': () => 'the highest value',
  'stats.what.min': () => 'the lowest value',
  'stats.what.mean': () => 'an average',
  'stats.what.total': () => 'a total',
  'stats.what.count': () => 'a count',
  'stats.direction': (a) => {
    const actually = a.actually === 'up' ? (a.comparative === 'yes' ? 'higher' : 'rises') : a.comparative === 'yes' ? 'lower' : 'falls';
    const subject = a.comparative === 'yes' ? `${a.to} is ${actually} than ${a.from}` : `${a.from} → ${a.to} ${actually}`;
    return `"${a.word}" says ${a.said === 'up' ? 'higher' : 'lower'}, but ${subject}${a.table ? ` in ${a.table} (${a.where})` : ''}`;
  },
  'stats.extreme': (a) =>
    `"${a.word}": ${a.row} has ${a.value}, but the ${a.said === 'max' ? 'highest' : 'lowest'} ${a.column} in ${a.table} is ${(a.actual as readonly string[]).join(', ')}`,
  'stats.matrixPair': () => 'pair',
  'stats.extremeActual': (a) => `the ${a.said === 'max' ? 'highest' : 'lowest'}: ${a.row}`,
  'stats.arith.sum': (a) => `${a.table}: the ${a.row} row gives ${a.value} for ${a.column}, but ${a.how} add up to ${a.expected}`,
  'stats.arith.other': (a) => `${a.table}, ${a.row}: ${a.column} is ${a.value}, but ${a.how} = ${a.expected}`,
  'stats.arith.rowsAbove': () => 'the rows above',
  'stats.arith.percentagesAbove': () => 'the percentages above',
  'stats.arith.overErrorRow': (a) => `${a.left} / ${a.column} of ${a.row}`,
  'stats.arith.partialEta': (a) => `${a.column} / (${a.column} + ${a.column} of ${a.row})`,
  'stats.restated': (a) => `Text gives ${a.stated} for ${a.about} here, but ${a.other} at ${a.where}`,
  'stats.restatedLine': (a) => `line ${a.line}`,
  'stats.statedHere': (a) => `${a.value} stated here`,
  'stats.test.pBelowZero': (a) => `Reported ${a.p} is impossible: a p-value is never below zero; report it as p < ${a.smallest}`,
  'stats.test.pZero': (a) => `Reported ${a.p}${a.test ? ` for ${a.test}` : ''}: a p-value is never exactly zero; report it as p < ${a.smallest}`,
  'stats.test.pMismatch': (a) => `Reported ${a.p} does not match ${a.test}: ${a.computed}${a.changes ?? ''}`,
  'stats.test.changes': (a) => ` — the conclusion at ${a.alpha} changes`,
  'stats.test.computedBound': (a) => `${tails(a.tails)}p ${a.op} ${a.bound}`,
  'stats.test.computed': (a) =>
    `${tails(a.tails)}p ${a.p} (${a.low ? `range ${a.low}–${a.high} ` : ''}for ${a.statistic} between ${a.statLow} and ${a.statHigh})${a.oneTailed ? `; one-tailed p ${a.oneTailed}` : ''}`,
  'stats.test.criticalOneTailed': (a) =>
    `Stated ${a.label} ${a.value} is the one-tailed critical value ${a.where}, but the text does not say the test is one-tailed: the two-tailed value is ${a.twoTailed}${a.statistic ? ` (against it, ${a.statistic} is ${a.significant === 'yes' ? '' : 'not '}significant)` : ''}`,
  'stats.test.criticalWrong': (a) => `Stated ${a.label} ${a.value} is not the critical value ${a.where}: expected ${a.expected}${a.changes ?? ''}`,
  'stats.test.whereAlpha': (a) => `at ${a.alpha}`,
  'stats.test.whereDf': (a) => `for df = ${a.df}${a.n !== undefined ? ` (N = ${a.n})` : ''} at ${a.alpha}`,
  'stats.test.criticalEither': (a) => `${a.twoTailed} (two-tailed) or ${a.oneTailed} (one-tailed)`,
  'stats.test.criticalTwo': (a) => `${a.twoTailed} (two-tailed${a.oneTailed ? `; one-tailed ${a.oneTailed}` : ''})`,
  'stats.test.comparisonFalse': (a) =>
    `Stated ${a.stated} is false: ${a.left} is ${a.op === '<' ? 'smaller than' : a.op === '>' ? 'larger than' : 'equal to'} ${a.right} — the conclusion at ${a.alpha} changes`,
  'stats.test.criteriaDisagree': (a) => `The criteria disagree: ${a.table} means ${a.tableMeans}, but ${a.sig} means ${a.sigMeans} at ${a.alpha}`,
  'stats.test.conclusionContradicts': (a) => `${a.words} contradicts ${a.evidence}: the result is ${a.means} at ${a.alpha}`,
  'stats.test.significant': () => 'significant (H0 rejected)',
  'stats.test.notSignificant': () => 'not significant (H0 not rejected)',
  'stats.test.verdict': (a) => `${a.says}: ${a.means}`,
  'stats.test.conclusionHere': () => 'the conclusion stated here',
  'stats.test.explainedMismatch': (a) =>
    `Stated ${a.stated}% does not match ${a.label} ${a.value}: expected ${a.expected}%${a.alternative ? ` (or ${a.alternative}% for ${a.alternativeLabel})` : ''}`,
  'stats.test.remainderMismatch': (a) => `Stated remainder ${a.stated}% does not match ${a.expected}`,
  'stats.test.squareMismatch': (a) => `${a.label} ${a.value} does not match R = ${a.r}: R² = ${a.square}`,

  // ---- config, suppression, internal ----
  'config.invalid': (a) =>
    `Invalid configuration: ${a.detail}${/[.?!]$/.test(String(a.detail)) ? '' : '.'} The manuscript is checked without this file until it is fixed.`,
  'suppression.unused': (a) => `This suppression (${a.codes ?? 'all codes'}) silences no finding; remove it`,
  'internal.checkFailed': (a) => `The check ${a.code} failed on this manuscript and was skipped: ${a.detail}`,
  'internal.manuscriptFailed': (a) => `thesislint could not check this manuscript: ${a.detail}`,

  // ---- what was checked (describeChecked: the CLI's text, the editor's status bar) ----
  'checked.files': (a) => n(a.count, 'file'),
  'checked.noCitations': (a) => `no citations${a.entries ? ` (${n(a.entries, 'reference entry', 'reference entries')})` : ''}`,
  'checked.citations': (a) =>
    `${n(a.found, 'citation')}: ${a.checked === a.found ? 'all' : a.checked} checked${a.entries ? ` against ${n(a.entries, 'reference entry', 'reference entries')}` : ''}, ${a.resolved} resolved`,
  'checked.undeclared': (a) =>
    `undeclared ${(a.paths as readonly string[]).length === 1 ? 'bibliography' : 'bibliographies'} used: ${(a.paths as readonly string[]).join(', ')}`,
  'checked.tables': (a) => n(a.count, 'table'),
  'checked.numericClaims': (a) => n(a.count, 'numeric claim'),
  'checked.reportedTests': (a) => `${n(a.count, 'paragraph')} read for reported tests`,
  'checked.noStatistics': () => 'no tables, numeric claims or reported tests',
  'checked.noFramework': () => 'no framework found',
  'checked.frameworks': (a) => `${(a.names as readonly string[]).length === 1 ? 'framework' : 'frameworks'}: ${(a.names as readonly string[]).join(', ')}`,

  // ---- editor: quick-fix titles, code lenses, hovers, completion ----
  'fix.changeYear': (a) => `Change the year to ${a.year}`,
  'fix.changeListYear': (a) => `Change the reference list entry's year to ${a.year}`,
  'fix.changeName': (a) => `Change "${a.written}" to "${a.expected}"`,
  'fix.writeAuthors': (a) => `Write the authors as "${a.authors}"`,
  'fix.addToList': (a) => `Add "${a.entry}" to the reference list`,
  'fix.addBibtex': (a) => `Add a BibTeX entry "${a.key}" to ${a.file}`,
  'fix.sortList': () => 'Sort the reference list alphabetically',
  'fix.useTableValue': (a) => `Use the table's value ${a.value}`,
  'fix.removeDuplicate': (a) => `Remove this duplicate entry${a.entry ? ` ${a.entry}` : ''}`,
  'fix.ignore': (a) => `Ignore ${a.code} here`,
  'lens.cited': (a) => (Number(a.count) === 0 ? 'never cited' : Number(a.count) === 1 ? 'cited once' : `cited ${a.count} times`),
  'hover.referenceList': () => 'reference list',
  'hover.notCited': () => '**Not cited** anywhere in the manuscript.',
  'hover.cited': (a) => `**Cited ${Number(a.count) === 1 ? 'once' : `${a.count} times`}:**`,
  'hover.andMore': (a) => `… and ${a.count} more`,
  'hover.ambiguous': (a) => `**Ambiguous:** matches ${a.count} entries.`,
  'hover.yearDiffers': (a) => `**Year differs:** cited ${a.cited}, listed ${a.listed}.`,
  'hover.authorsDiffer': (a) => `**Authors differ** from the entry (${a.entry}).`,
  'hover.bibliographyMissing': (a) => `**Not checked:** the bibliography ${a.files} does not exist.`,
  'hover.noBibliographyFor': (a) => `**Not checked:** no bibliography is declared for \`${a.key}\`.`,
  'hover.noEntryForKey': (a) => `**No entry** for the key \`${a.key}\` in ${a.where}.`,
  'hover.nothingToCheckAgainst': (a) => `**Not checked:** there is no reference list or bibliography to check ${a.written} against.`,
  'hover.noEntryFor': (a) => `**No entry** in ${a.where} for ${a.written}.`,
  'hover.cellsHeader': () => '| row | column | value |',
  'hover.fileLine': (a) => `${a.file}${a.line !== undefined ? `, line ${a.line}` : ''}`,
  'hover.comparedWith': (a) => `Compared with **${a.table}**${a.at}`,
  'hover.cellAgrees': () => 'The text agrees with the table.',
  'hover.cellDiffers': (a) => `The text says ${a.stated}; the table has ${a.value}.`,
  'hover.computedFrom': (a) => `Computed from **${a.table}**${a.at}`,
  'hover.derived': (a) => `${a.agrees === 'yes' ? 'Agrees' : 'Disagrees'}: the text says ${a.stated}, the table gives ${a.expected}.`,
  'hover.wordComparedWith': (a) => `"${a.word}" compared with ${a.table !== undefined ? `**${a.table}**${a.at}` : 'the numbers of the sentence'}`,
  'hover.statedChange': (a) =>
    `${a.agrees === 'yes' ? 'Agrees' : 'Disagrees'}: the text gives a change of ${a.stated} from ${a.from} to ${a.to}; the two figures differ by ${a.expected}.`,
  'hover.direction': (a) => `${a.from} → ${a.to}: ${a.agrees === 'yes' ? 'agrees' : 'the other way round'}.`,
  'hover.agrees': () => 'Agrees.',
  'hover.extreme': (a) => `The ${a.said === 'max' ? 'highest' : 'lowest'} is ${a.rows}.`,
  'hover.restated': (a) => `Stated elsewhere as ${a.value} (${a.file}).`,
  'hover.noCoverage': () => '**Coverage:** no theoretical framework, research question or hypothesis was found in this manuscript.',
  'hover.itemsLegend': () => 'coverage (✓ answered or reported, ~ only some of its words, ? other language, ✗ absent)',
  'hover.frameworkLegend': () => 'framework coverage (✓ named, ~ hinted, ✗ absent)',
  'completion.noAuthor': () => '(no author)',
  'lsp.renameConflict': (a) =>
    `"${a.newKey}" is already the key of another entry (${a.taken}); renaming "${a.key}" to it would merge two works. Choose another key.`,
  'lsp.invalidKey': (a) => `"${a.key}" is not a valid citation key (no spaces, commas, braces or quotes).`,
  'lsp.entryNotCited': () => 'This entry is not cited anywhere in the manuscript.',

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
  'report.checkedCitationsResolved': (a) =>
    `${n(a.found, 'citation')}: ${a.checked === a.found ? 'all' : a.checked} checked, ${a.resolved} found in the reference list or bibliography`,
  'report.checkedReferenceLists': (a) => n(a.count, 'written reference list'),
  'report.bibliographyStatus': (a) =>
    a.status === 'missing'
      ? 'declared but not found: citations were not checked against it'
      : `${a.status === 'inferred' ? 'declared nowhere, used as a guess' : 'declared'}: ${n(a.entries, 'entry', 'entries')}`,
  'report.checkedReferences': (a) => `${n(a.count, 'reference list or bibliography entry', 'reference list or bibliography entries')}`,
  'report.checkedTables': (a) => n(a.count, 'table'),
  'report.checkedFamilies': (a) => `Checks run: ${a.families}.`,
  'report.language': (a) => `Language of the prose: ${a.lang === 'id' ? 'Indonesian' : a.lang === 'en' ? 'English' : 'not determined'}.`,
  'report.paragraph': (a) => `paragraph ${a.number}`,
  'report.line': (a) => `line ${a.number}`,
  'report.beforeFirstHeading': () => 'Before the first heading',
  'report.otherFiles': () => 'Other files',
  'report.cohortTitle': () => 'Cohort summary',
  'report.evidence': () => 'Framework coverage',
  'report.item.question': () => 'question',
  'report.item.objective': () => 'objective',
  'report.item.hypothesis': () => 'hypothesis',
  'report.item.variable': () => 'variable',
  'report.questionsTitle': () => 'The research questions',
  'report.hypothesesTitle': () => 'The hypotheses',
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
  'coverage.items.variables': (a) => n(a.count, 'variable'),
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
  'coverage.abstractMissingVariable': (a) => `${a.column} never reports a result for the variable ${a.item} (${a.name})`,
  'coverage.conclusionMissingVariable': (a) => `The conclusion never states a result for the variable ${a.item} (${a.name})`,
  'coverage.resultsMissingQuestion': (a) => `The results never address ${a.item}: ${a.quote}`,
  'coverage.resultsMissingHypothesis': (a) => `The results never report a test of ${a.item}: ${a.quote}`,
  'coverage.abstractAnswersNone': (a) => `${a.column} reports none of the ${a.items}: it may still be a template or an unfinished draft`,
  'coverage.abstractAnswersSome': (a, list) => `${a.column} reports none of the ${a.items} in their own words, and hardly speaks of ${list(a.labels)}`,
  'coverage.conclusionAnswersNone': (a) =>
    `The conclusion ${a.kind === 'questions' ? 'answers' : 'states the outcome of'} none of the ${a.items}: it may still be a template or an unfinished draft`,
  'coverage.conclusionAnswersSome': (a, list) =>
    `The conclusion ${a.kind === 'questions' ? 'answers' : 'states the outcome of'} none of the ${a.items} in their own words, and hardly speaks of ${list(a.labels)}`,
  'coverage.related.question': () => 'the research question is stated here',
  'coverage.related.objective': () => 'the objective is stated here',
  'coverage.related.hypothesis': () => 'the hypothesis is stated here',
  'coverage.related.variable': () => 'the variable is defined here',
  'coverage.related.addressed': (a) => `the results address ${a.item} here`,
  'coverage.related.resultsChapter': () => 'the results chapter',
  'coverage.related.discussedUnder': (a) => `the results discuss ${a.dimension} under this heading`,
  'coverage.related.discussedHere': (a) => `the results discuss ${a.dimension} here`,
  'coverage.related.introduces': (a) => `${a.column} introduces ${a.dimension} here`,
} satisfies Record<string, Template>;

export type MessageId = keyof typeof en;
