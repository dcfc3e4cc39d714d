// The shape of a framework definition, shared by the built-in data (one file per framework in
// this folder) and the custom frameworks of a project's thesislint.json. Everything a check
// needs to recognise a framework and its dimensions is data here; the matching rules live in
// coverage/phraseMatcher.ts.
import { z } from 'zod';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const phrase = z.string({ error: 'expected a string' }).trim().min(1, { error: 'expected a non-empty string' });
const phrases = z.array(phrase, { error: 'expected an array of strings' });
const identifier = z.string({ error: 'expected a string' }).regex(ID_PATTERN, { error: 'expected a lower-case kebab-case id such as "starting-conditions"' });
const label = z
  .object(
    {
      en: phrase,
      id: phrase,
    },
    { error: 'expected an object {"en": "…", "id": "…"} with the English and Indonesian names' },
  )
  .strict();

const dimensionFields = {
  id: identifier,
  /**
   * How messages and reports name the dimension, in English and in Indonesian. Both labels are
   * matched as names too, unless also listed under hints (Emerson's bare "adaptasi").
   */
  label,
  /** Further correct names, in either language ("desain institusional", "starting condition"). */
  names: phrases.default([]),
  /** Misspellings and informal forms students write ("comitment to the process", "emphaty"). */
  variants: phrases.default([]),
  /**
   * Short or generic words that point at the dimension without naming it ("kelembagaan",
   * "kepemimpinan"). Never enough to cover a dimension; they only keep
   * coverage/results-missing-dimension from claiming a dimension is never discussed.
   */
  hints: phrases.default([]),
  /** Phrases that contain a name but mean something else ("jaminan kesehatan", "aset tidak berwujud"). */
  exclude: phrases.default([]),
};

const subDimensionSchema = z.object(dimensionFields).strict();

const dimensionSchema = z
  .object({
    ...dimensionFields,
    /** Sub-dimensions (one level): the five stages of Ansell & Gash's collaborative process. */
    dimensions: z.array(subDimensionSchema, { error: 'expected an array of sub-dimension objects' }).optional(),
  })
  .strict();

const sourceSchema = z
  .object({
    /** Family name of the first author as citations write it ("Ansell", "Van Meter"). */
    author: phrase,
    /** Publication years that count as citing this framework (misdated editions included). */
    years: z
      .array(z.number({ error: 'expected a year (a number)' }).int().min(1000).max(2999), { error: 'expected an array of years' })
      .min(1, { error: 'expected at least one year' }),
  })
  .strict();

export const frameworkSchema = z
  .object({
    id: identifier,
    /** How messages name the framework: "Ansell & Gash (2008)". */
    name: phrase,
    /** Works whose citation means the manuscript draws on this framework. */
    sources: z.array(sourceSchema, { error: 'expected an array of {"author", "years"} objects' }).default([]),
    /** Distinctive names of the framework or its authors in running text ("Ansell dan Gash", "Edward III", "SERVQUAL"). */
    mentions: phrases.default([]),
    /** The general concept it belongs to, possibly shared with other frameworks ("collaborative governance"). */
    concepts: phrases.default([]),
    dimensions: z.array(dimensionSchema, { error: 'expected an array of dimension objects' }).min(1, { error: 'expected at least one dimension' }),
  })
  .strict()
  .superRefine((framework, context) => {
    // Dimension ids name cells of the coverage matrix and the data of findings: they must be unique.
    const seen = new Set<string>();
    framework.dimensions.forEach((dimension, i) => {
      const check = (id: string, path: (string | number)[]) => {
        if (seen.has(id)) context.addIssue({ code: 'custom', path, message: `duplicate dimension id "${id}"` });
        seen.add(id);
      };
      check(dimension.id, ['dimensions', i, 'id']);
      dimension.dimensions?.forEach((sub, j) => check(sub.id, ['dimensions', i, 'dimensions', j, 'id']));
    });
  });

/** A framework as written in data or configuration (optional lists may be left out). */
export type FrameworkInput = z.input<typeof frameworkSchema>;
/** A validated framework: every list present. */
export type Framework = z.output<typeof frameworkSchema>;
export type Dimension = Framework['dimensions'][number];
export type SubDimension = NonNullable<Dimension['dimensions']>[number];
