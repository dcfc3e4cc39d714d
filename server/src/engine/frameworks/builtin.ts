// The built-in frameworks (DOMAIN.md §6), validated once on first use. A data file that does
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
