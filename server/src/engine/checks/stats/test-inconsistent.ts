// stats/test-inconsistent — a reported test whose numbers cannot all be true: the p that t, F,
// r, χ² or z with its df gives differs from the reported p (statcheck's check, with its rounding
// rules, in APA and Indonesian SPSS forms: "t(28) = 2,20; P = 0,03", "t hitung … sig. …"); a
// "t tabel"/"F tabel"/"r tabel" value that is not the critical value for the stated df; a stated
// comparison that is false ("t hitung 1,793 > t tabel 2,039", "sig. 0,081 < 0,05"); criteria
// or a conclusion that contradict each other ("sig. 0,000 < 0,05 … H0 diterima"); p = .000; and
// R Square against its percentage, the remainder ("sisanya") and R. Why: about half of
// psychology articles hold such an inconsistency, and an examiner who recomputes one stops
// trusting the rest. Errors when the conclusion at α = .05 changes, warnings otherwise.
// Silent when the numbers agree within their written precision (the statistic's rounding
// interval, one-tailed halving where the text speaks of one-tailed testing, a table value
// rounded or truncated, printed tables' sparse rows above df = 30), when df or p is not stated
// beside the statistic, for rules stated as conditions ("jika sig < 0,05 maka …"), and outside
// prose (tables, headings, reference lists).
import type { FindingDraft } from '../../findings';
import type { Check } from '../check';
import type { ReportedTestIssue } from '../../stats/reportedTests/analyse';
import { statSpan } from '../../stats/reportedTests/statText';

export const testInconsistent: Check = {
  meta: {
    code: 'stats/test-inconsistent',
    description: 'A reported test statistic, df, p-value, table value or R² whose numbers do not agree.',
    defaultSeverity: 'error',
  },
  *run({ analysis }) {
    for (const issue of analysis.reportedTests.issues) yield toFinding(issue);
  },
};

function toFinding({ st, issue }: ReportedTestIssue): FindingDraft {
  const finding: FindingDraft = { ...statSpan(st, issue.start, issue.end), message: issue.message, msg: issue.msg, data: issue.data };
  // Errors keep the default severity; everything else is lowered to a warning.
  if (issue.severity === 'warning') finding.severity = 'warning';
  if (issue.related && issue.related.length > 0)
    finding.related = issue.related.map((r) => ({ ...statSpan(st, r.start, r.end), message: r.message, msg: r.msg }));
  return finding;
}
