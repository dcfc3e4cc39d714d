// stats/text-contradiction — the same quantity for the same key stated twice with different
// values: "tingkat kemiskinan Jawa Tengah 2021 sebesar 11,79%" in Bab I and "11,25%" in Bab IV,
// or ABSTRAK vs ABSTRACT. Silent when either statement is already checked against a table
// (stats/table-mismatch speaks there), when the place, year, unit or measure differ, and when
// the two agree at the coarser of their precisions (11,4 and 11,41).
import type { Check } from '../check';
import { agreesAtPrecision } from '../../numbers/parse';
import type { Claim } from '../../stats/claims';
import { positionAt } from '../../text/source';
import { basename } from '../../paths';
import { written } from './messages';

// Words that say nothing about which quantity is meant.
const FILLER = new Set(
  (
    'pada tahun sebesar menjadi mencapai tercatat adalah yaitu yakni dengan dari dan yang di ke untuk dalam sebanyak angka jumlah nilai tingkat persentase ' +
    'persen kembali turun naik meningkat menurun mengalami sekitar hanya lebih tinggi rendah masih tetap sedangkan namun kemudian ini itu tersebut berada ' +
    'ketika saat sejak bahwa karena oleh juga sudah telah akan dapat bisa dimulai terjadi menunjukkan memiliki mempunyai sebagaimana berdasarkan ' +
    'the in of to and was were is are at by for from with that this a an about percent rate number level reached stood rose fell when since because also still already which where showed'
  ).split(' '),
);

/** The content words of the phrase just before the number: what the number measures. */
function measureWords(claim: Claim): Set<string> {
  const entityWords = new Set((claim.entity ?? '').split(/\s+/));
  const before = claim.sentence
    .slice(0, claim.number.start)
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .slice(-10);
  // The nearest few content words name the measure ("penduduk miskin", "tingkat kemiskinan").
  return new Set(before.filter((w) => w.length >= 5 && !FILLER.has(w) && !entityWords.has(w) && !/\d/.test(w)).slice(-3));
}

function sameQuantity(a: Claim, b: Claim): boolean {
  if (a.year === undefined || a.year !== b.year || !a.entity || a.entity !== b.entity) return false;
  if (a.number.percent !== b.number.percent || a.number.percentagePoints !== b.number.percentagePoints) return false;
  if ((a.number.unit ?? '') !== (b.number.unit ?? '') || !!a.number.currency !== !!b.number.currency) return false;
  const wa = measureWords(a);
  const wb = measureWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  // "jumlah penduduk" and "jumlah penduduk miskin" share a word but not a meaning.
  return shared > 0 && shared / (wa.size + wb.size - shared) > 0.6;
}

function agree(a: Claim, b: Claim): boolean {
  const decimals = Math.min(a.number.decimals, b.number.decimals);
  return (
    agreesAtPrecision(Math.round(a.number.value * 10 ** decimals) / 10 ** decimals, decimals, b.number.value) ||
    agreesAtPrecision(Math.round(b.number.value * 10 ** decimals) / 10 ** decimals, decimals, a.number.value)
  );
}

export const textContradiction: Check = {
  meta: {
    code: 'stats/text-contradiction',
    description: 'The same figure for the same year and place stated twice with different values.',
    defaultSeverity: 'warning',
  },
  *run({ manuscript, analysis }) {
    const claims = analysis.statistics.claims.filter((c) => c.kind === 'level' && !c.table && c.year !== undefined && c.entity);
    const reported = new Set<Claim>();
    for (let i = 0; i < claims.length; i++) {
      for (let j = 0; j < i; j++) {
        const later = claims[i];
        const earlier = claims[j];
        if (reported.has(later) || (later.block === earlier.block && later.sentence === earlier.sentence)) continue;
        if (!sameQuantity(earlier, later) || agree(earlier, later)) continue;
        reported.add(later);
        const file = manuscript.files.get(earlier.span.file);
        const line = file ? positionAt(file, earlier.span.start).line + 1 : 0;
        const where = earlier.span.file === later.span.file ? `line ${line}` : `${basename(earlier.span.file)}:${line}`;
        yield {
          ...later.span,
          message: `Text gives ${written(later)} for ${later.year} (${later.entity}) here but ${written(earlier)} at ${where}`,
          related: [{ ...earlier.span, message: `${written(earlier)} stated here` }],
          data: { year: later.year, entity: later.entity, stated: later.number.value, other: earlier.number.value },
        };
      }
    }
  },
};
