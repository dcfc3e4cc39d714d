// GitHub Actions: workflow commands (annotations on the pull request) and the job summary.
// GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and drops
// the rest silently, so at most 10 of each are written, and one notice counts what was left out;
// the job summary ($GITHUB_STEP_SUMMARY, Markdown) lists every finding.
import { rangeAt, t, type Finding, type Locale } from '../engine';
import { relative } from '../engine/paths';
import type { ReportedResult } from '../report/result';

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

type Command = 'error' | 'warning' | 'notice';

const commandOf = (f: Finding): Command => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice');

function startOf(result: ReportedResult, f: { file: string; start: number; end: number }) {
  return rangeAt(result.files.get(f.file), f.start, f.end);
}

export function formatGithub(results: ReportedResult[], cwd: string, locale: Locale = 'en'): string {
  const all = results.flatMap((result) => result.findings.map((f) => ({ result, f, command: commandOf(f) })));
  const total: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  for (const { command } of all) total[command]++;
  const overflow = total.error > ANNOTATIONS_PER_KIND || total.warning > ANNOTATIONS_PER_KIND || total.notice > ANNOTATIONS_PER_KIND;
  // The counting notice is a notice too: it takes the tenth place when notices overflow.
  const budget: Record<Command, number> = {
    error: ANNOTATIONS_PER_KIND,
    warning: ANNOTATIONS_PER_KIND,
    notice: overflow ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND,
  };
  const written: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  for (const { result, f, command } of all) {
    if (written[command] >= budget[command]) continue;
    written[command]++;
    const { start: a, end: b } = startOf(result, f);
    const properties = [
      `file=${escapeProperty(relative(cwd, f.file) || f.file)}`,
      `line=${a.line + 1}`,
      `col=${a.character + 1}`,
      `endLine=${b.line + 1}`,
      `endColumn=${b.character + 1}`,
      `title=${escapeProperty(f.code)}`,
    ].join(',');
    lines.push(`::${command} ${properties}::${escapeData(f.message)}`);
  }
  if (overflow) {
    const left = (['error', 'warning', 'notice'] as const)
      .filter((c) => total[c] > written[c])
      .map((c) =>
        t(locale, c === 'notice' ? 'github.count.note' : c === 'error' ? 'github.count.error' : 'github.count.warning', { count: total[c] - written[c] }),
      );
    const message = t(locale, 'github.notShown', {
      left: left.join(', '),
      limit: ANNOTATIONS_PER_KIND,
      jobSummary: process.env.GITHUB_STEP_SUMMARY ? 'yes' : 'no',
    });
    lines.push(`::notice title=thesislint::${escapeData(message)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The job summary: counts per manuscript, then every finding (file:line, severity, code, message). */
export function formatStepSummary(results: ReportedResult[], cwd: string, locale: Locale = 'en'): string {
  const count = (r: ReportedResult, s: Command) => r.findings.filter((f) => commandOf(f) === s).length;
  const sum = (s: Command) => results.reduce((n, r) => n + count(r, s), 0);
  const out: string[] = [
    `### ${t(locale, 'github.heading', { errors: sum('error'), warnings: sum('warning'), notes: sum('notice') })}`,
    '',
    `| ${t(locale, 'summary.manuscript')} | ${t(locale, 'summary.errors')} | ${t(locale, 'summary.warnings')} | ${t(locale, 'summary.notes')} |`,
    '|---|--:|--:|--:|',
    ...results.map(
      (r) =>
        `| ${cell(relative(cwd, r.spec.root) || r.spec.root)} | ${r.error ? t(locale, 'summary.failed') : count(r, 'error')} | ${count(r, 'warning')} | ${count(r, 'notice')} |`,
    ),
    '',
  ];
  const findings = results.flatMap((r) => r.findings.map((f) => ({ r, f })));
  if (findings.length > 0) {
    out.push(
      `| ${t(locale, 'github.where')} | ${t(locale, 'github.severity')} | ${t(locale, 'github.code')} | ${t(locale, 'github.message')} |`,
      '|---|---|---|---|',
    );
    for (const { r, f } of findings) {
      const at = startOf(r, f).start;
      out.push(
        `| ${cell(`${relative(cwd, f.file) || f.file}:${at.line + 1}:${at.character + 1}`)} | ${t(locale, `severity.${f.severity}`)} | \`${f.code}\` | ${cell(f.message)} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Text inside a Markdown table cell, shown as written: no line breaks, column breaks, HTML or emphasis. */
function cell(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

// The escaping GitHub's toolkit (@actions/core) applies to workflow command data and properties.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
