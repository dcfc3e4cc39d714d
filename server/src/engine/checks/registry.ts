// Every check, grouped by family: the order of the catalogue, of `thesislint codes`, the SARIF
// rules and the README's table. Adding a check: one file under checks/<family>/, one line here,
// fixtures under fixtures/<family>/<name>/, a section in docs/codes.md and a README row
// (test/catalogue/ fails until each is there).
import type { Check } from './check';
import { missingReference } from './citation/missing-reference';
import { yearMismatch } from './citation/year-mismatch';
import { authorMismatch } from './citation/author-mismatch';
import { uncitedReference } from './citation/uncited-reference';
import { ambiguous } from './citation/ambiguous';
import { noBibliography } from './citation/no-bibliography';
import { duplicate } from './references/duplicate';
import { unsorted } from './references/unsorted';
import { fileNotFound } from './bibliography/file-not-found';
import { syntaxError } from './bibliography/syntax-error';
import { undeclared } from './bibliography/undeclared';
import { tableMismatch } from './stats/table-mismatch';
import { derivedMismatch } from './stats/derived-mismatch';
import { tableArithmetic } from './stats/table-arithmetic';
import { textContradiction } from './stats/text-contradiction';
import { abstractMissingDimension } from './coverage/abstract-missing-dimension';
import { conclusionMissingDimension } from './coverage/conclusion-missing-dimension';
import { resultsMissingDimension } from './coverage/results-missing-dimension';
import { abstractMissingQuestion } from './coverage/abstract-missing-question';
import { conclusionMissingQuestion } from './coverage/conclusion-missing-question';
import { resultsMissingQuestion } from './coverage/results-missing-question';
import { abstractMissingHypothesis } from './coverage/abstract-missing-hypothesis';
import { conclusionMissingHypothesis } from './coverage/conclusion-missing-hypothesis';
import { resultsMissingHypothesis } from './coverage/results-missing-hypothesis';
import { abstractMissingVariable } from './coverage/abstract-missing-variable';
import { conclusionMissingVariable } from './coverage/conclusion-missing-variable';
import { testInconsistent } from './stats/test-inconsistent';

export const registry: readonly Check[] = [
  missingReference,
  yearMismatch,
  authorMismatch,
  uncitedReference,
  ambiguous,
  noBibliography,
  duplicate,
  unsorted,
  fileNotFound,
  syntaxError,
  undeclared,
  tableMismatch,
  derivedMismatch,
  tableArithmetic,
  textContradiction,
  testInconsistent,
  abstractMissingDimension,
  conclusionMissingDimension,
  resultsMissingDimension,
  abstractMissingQuestion,
  conclusionMissingQuestion,
  resultsMissingQuestion,
  abstractMissingHypothesis,
  conclusionMissingHypothesis,
  resultsMissingHypothesis,
  abstractMissingVariable,
  conclusionMissingVariable,
];
