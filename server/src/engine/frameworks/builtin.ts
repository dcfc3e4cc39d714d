// The built-in frameworks (DOMAIN.md §6, and the acceptance, information-systems, training,
// strategy and learning models theses outside public administration use most), validated once
// on first use. A data file that does
// not fit the schema is a programming error and throws with the zod message; the tests load them all.
import { frameworkSchema, type Framework, type FrameworkInput } from './schema';
import ansellGash from './data/ansell-gash-2008';
import emersonNabatchiBalogh from './data/emerson-nabatchi-balogh-2012';
import edwardIII from './data/edward-iii-1980';
import vanMeterVanHorn from './data/van-meter-van-horn-1975';
import grindle from './data/grindle-1980';
import mazmanianSabatier from './data/mazmanian-sabatier-1983';
import dunn from './data/dunn-evaluation-criteria';
import servqual from './data/servqual';
import putnam from './data/putnam-social-capital';
import pentahelix from './data/pentahelix';
import undp from './data/undp-good-governance-1997';
import tam from './data/tam-davis-1989';
import utaut from './data/utaut-venkatesh-2003';
import deloneMcLean from './data/delone-mclean-2003';
import kirkpatrick from './data/kirkpatrick-four-levels';
import balancedScorecard from './data/balanced-scorecard';
import mckinsey7s from './data/mckinsey-7s';
import porterFiveForces from './data/porter-five-forces';
import swot from './data/swot';
import bloom from './data/bloom-taxonomy';

const DATA: readonly FrameworkInput[] = [
  ansellGash,
  emersonNabatchiBalogh,
  edwardIII,
  vanMeterVanHorn,
  grindle,
  mazmanianSabatier,
  dunn,
  servqual,
  putnam,
  pentahelix,
  undp,
  tam,
  utaut,
  deloneMcLean,
  kirkpatrick,
  balancedScorecard,
  mckinsey7s,
  porterFiveForces,
  swot,
  bloom,
];

let loaded: readonly Framework[] | undefined;

export function builtinFrameworks(): readonly Framework[] {
  loaded ??= DATA.map((data) => {
    const parsed = frameworkSchema.safeParse(data);
    if (!parsed.success) throw new Error(`Built-in framework ${data.id} does not fit the schema: ${parsed.error.message}`);
    return Object.freeze(parsed.data);
  });
  return loaded;
}

export function builtinFramework(id: string): Framework | undefined {
  return builtinFrameworks().find((f) => f.id === id);
}

export const BUILTIN_FRAMEWORK_IDS: readonly string[] = DATA.map((d) => d.id);
