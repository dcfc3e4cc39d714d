// What the LaTeX walker knows about macros and environments. Argument specs use a small
// xparse-like alphabet: `s` optional star, `o` optional [..], `r` optional (..), `m` mandatory
// {..}, `M` mandatory {..} or a single macro token (\newcommand\foo).

export const HEADING_LEVELS: ReadonlyMap<string, number> = new Map([
  ['part', 1],
  ['chapter', 1],
  ['addchap', 1],
  ['section', 2],
  ['addsec', 2],
  ['subsection', 3],
  ['subsubsection', 4],
  ['paragraph', 5],
  ['subparagraph', 6],
]);

/** KOMA-Script's unnumbered headings. */
export const ALWAYS_UNNUMBERED = new Set(['addchap', 'addsec']);

/** Single-key-list citation commands (natbib, biblatex, apacite, harvard). Starred forms are accepted. */
export const CITE_COMMANDS = new Set([
  'cite',
  'citep',
  'citet',
  'citealt',
  'citealp',
  'citeauthor',
  'citefullauthor',
  'citeyear',
  'citeyearpar',
  'citenum',
  'citetitle',
  'citedate',
  'citeurl',
  'parencite',
  'textcite',
  'autocite',
  'footcite',
  'footcitetext',
  'smartcite',
  'supercite',
  'fullcite',
  'footfullcite',
  'Cite',
  'Citep',
  'Citet',
  'Citealt',
  'Citealp',
  'Citeauthor',
  'Parencite',
  'Textcite',
  'Autocite',
  'Smartcite',
  'Footcite',
  // apacite / harvard
  'citeA',
  'citeNP',
  'citeANP',
  'citeyearNP',
  'citeauthorNP',
  'shortcite',
  'shortciteA',
  'shortciteNP',
  'fullciteA',
  'citeasnoun',
  'possessivecite',
  'nocite',
]);

/** biblatex multi-citations: `\cites(pre)(post)[pre][post]{a}[pre][post]{b}…`. */
export const MULTI_CITE_COMMANDS = new Set([
  'cites',
  'parencites',
  'textcites',
  'autocites',
  'footcites',
  'smartcites',
  'supercites',
  'Cites',
  'Parencites',
  'Textcites',
  'Autocites',
  'Smartcites',
]);

export const INCLUDE_COMMANDS = new Set(['input', 'include', 'subfile']);
/** import package: `\import{dir}{file}`. */
export const IMPORT_COMMANDS = new Set(['import', 'subimport', 'inputfrom', 'subinputfrom', 'includefrom', 'subincludefrom']);

/** The standard sectioning commands: a chunk of a file may end before one at the start of a line (chunks.ts). */
export const SECTIONING_COMMANDS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph']);

/** Macros that are paragraph-level: they never extend the span of the block around them. */
export const BLOCK_MACROS = new Set(['item', 'bibitem', 'par', 'caption', 'captionof', 'subcaption', 'begin', 'end']);

/** Macros the preamble walker cares about. */
export const PREAMBLE_MACROS = new Set([
  'begin',
  'end',
  'documentclass',
  'usepackage',
  'RequirePackage',
  'setmainlanguage',
  'setdefaultlanguage',
  'setotherlanguage',
  'setotherlanguages',
  'iffalse',
  'makeatletter',
  'ExplSyntaxOn',
  'bibliography',
  'nobibliography',
  'addbibresource',
  'addglobalbib',
  'addsectionbib',
  ...INCLUDE_COMMANDS,
  ...IMPORT_COMMANDS,
]);

export type MacroAction =
  /** Consume the arguments, contribute nothing. */
  | { kind: 'skip'; args: string }
  /** Consume the arguments, contribute one space (line breaks, horizontal space). */
  | { kind: 'space'; args: string }
  /** Contribute the text of the last mandatory argument (formatting, boxes, colour). */
  | { kind: 'text'; args: string; bold?: boolean; quotes?: [string, string] }
  /** A symbol: replaced by `char`. */
  | { kind: 'char'; char: string }
  /** Cross-references, URLs, glossary keys: no words, like a citation (neighbouring space kept sane). */
  | { kind: 'drop'; args: string };

const actions = new Map<string, MacroAction>();
function def(names: string, action: MacroAction): void {
  for (const name of names.split(/\s+/)) if (name) actions.set(name, action);
}

// Formatting and boxes: their (last mandatory) argument is prose.
def(
  'textit emph textsl textup textmd textrm textsf textnormal texttt textsc underline uline uuline uwave ' +
    'sout xout hl ul so st text mbox hbox fbox textsuperscript textsubscript MakeUppercase MakeLowercase ' +
    'MakeTextUppercase MakeTextLowercase textenglish textindonesian textbahasa',
  { kind: 'text', args: 'sm' },
);
actions.set('enquote', { kind: 'text', args: 'sm', quotes: ['\u201c', '\u201d'] });
actions.set('textbf', { kind: 'text', args: 'm', bold: true });
actions.set('thead', { kind: 'text', args: 'om', bold: true });
def('makecell shortstack textls', { kind: 'text', args: 'om' });
def('foreignlanguage textcolor colorbox', { kind: 'text', args: 'omm' });
def('fcolorbox', { kind: 'text', args: 'ommm' });
def('makebox framebox', { kind: 'text', args: 'oom' });
def('parbox', { kind: 'text', args: 'ooomm' });
def('raisebox', { kind: 'text', args: 'moom' });
def('resizebox', { kind: 'text', args: 'smmm' });
def('scalebox', { kind: 'text', args: 'mom' });
def('rotatebox', { kind: 'text', args: 'omm' });
def('adjustbox', { kind: 'text', args: 'mm' });
def('href', { kind: 'text', args: 'omm' });
def('hyperref', { kind: 'text', args: 'om' });
def('hyperlink hypertarget', { kind: 'text', args: 'mm' });
// Pandoc 3's citeproc output: \citeproc{ref-key}{Desmedt et al., 2022}, the citation as written.
def('citeproc', { kind: 'text', args: 'mm' });
def('multirow', { kind: 'text', args: 'omomom' });
// One cell, its text once (not repeated over the spanned columns).
def('multicolumn', { kind: 'text', args: 'mmm' });

// No words: references, links, glossary keys, labels inside prose.
def('ref eqref autoref Autoref cref Cref vref Vref pageref vpageref nameref labelcref cpageref Cpageref ' + 'fref Fref subref', { kind: 'drop', args: 'sm' });
def('crefrange Crefrange', { kind: 'drop', args: 'smm' });
def('url nolinkurl doi', { kind: 'drop', args: 'm' });
def(
  'gls Gls GLS glspl Glspl GLSpl glsentrytext acrshort acrlong acrfull acrshortpl acrlongpl Acrshort ' +
    'Acrlong Acrfull ac Ac acs acl acf acp Acp acsp aclp acfp',
  { kind: 'drop', args: 'om' },
);
def('footnotemark', { kind: 'drop', args: 'o' });

// Symbols.
const chars: Record<string, string> = {
  '%': '%',
  '&': '&',
  _: '_',
  '#': '#',
  $: '$',
  '{': '{',
  '}': '}',
  ldots: '\u2026',
  dots: '\u2026',
  textellipsis: '\u2026',
  textendash: '\u2013',
  textemdash: '\u2014',
  textquotedblleft: '\u201c',
  textquotedblright: '\u201d',
  textquoteleft: '\u2018',
  textquoteright: '\u2019',
  copyright: '\u00a9',
  textcopyright: '\u00a9',
  textregistered: '\u00ae',
  texttrademark: '\u2122',
  textdegree: '\u00b0',
  degree: '\u00b0',
  S: '\u00a7',
  P: '\u00b6',
  pounds: '\u00a3',
  euro: '\u20ac',
  textbackslash: '\\',
  textasciitilde: '~',
  textunderscore: '_',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  slash: '/',
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2e',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  ss: '\u00df',
  i: '\u0131',
  j: '\u0237',
  o: '\u00f8',
  O: '\u00d8',
  ae: '\u00e6',
  AE: '\u00c6',
  oe: '\u0153',
  OE: '\u0152',
  aa: '\u00e5',
  AA: '\u00c5',
  l: '\u0142',
  L: '\u0141',
};
for (const [name, char] of Object.entries(chars)) actions.set(name, { kind: 'char', char });

// Spacing and line breaks: a single space.
def(', ; : > quad qquad enspace enskip thinspace hfill hfil hss newline', { kind: 'space', args: '' });
actions.set(' ', { kind: 'space', args: '' });
actions.set('\n', { kind: 'space', args: '' });
actions.set('\t', { kind: 'space', args: '' });
def('linebreak', { kind: 'space', args: 'o' });
def('hspace', { kind: 'space', args: 'sm' });
def('newblock', { kind: 'space', args: '' });

// Code, layout and definitions: nothing.
def('- / @ !', { kind: 'skip', args: '' });
def('label index glossary hyphenation pagestyle thispagestyle pagenumbering bibliographystyle', {
  kind: 'skip',
  args: 'm',
});
def('nomenclature', { kind: 'skip', args: 'om' });
def('includegraphics', { kind: 'skip', args: 'som' });
def('includepdf', { kind: 'skip', args: 'om' });
def('vspace addvspace', { kind: 'skip', args: 'sm' });
def('pagebreak nopagebreak', { kind: 'skip', args: 'o' });
def('setlength addtolength settowidth settoheight', { kind: 'skip', args: 'MM' });
def('setcounter addtocounter colorlet', { kind: 'skip', args: 'mm' });
def('stepcounter refstepcounter linespread setstretch selectlanguage', { kind: 'skip', args: 'm' });
def('newcommand renewcommand providecommand DeclareRobustCommand', { kind: 'skip', args: 'sMoom' });
def('newenvironment renewenvironment', { kind: 'skip', args: 'smoomm' });
def('newtheorem', { kind: 'skip', args: 'smomo' });
def('theoremstyle', { kind: 'skip', args: 'm' });
def('DeclareMathOperator', { kind: 'skip', args: 'sMm' });
def('documentclass usepackage RequirePackage', { kind: 'skip', args: 'omo' });
def('addcontentsline', { kind: 'skip', args: 'mmm' });
def('addtocontents fancypagestyle', { kind: 'skip', args: 'mm' });
def('definecolor', { kind: 'skip', args: 'ommm' });
def('color rowcolor cellcolor columncolor arrayrulecolor', { kind: 'skip', args: 'om' });
def('hypersetup geometry newgeometry lstset sisetup usetikzlibrary tikzset pgfplotsset graphicspath', {
  kind: 'skip',
  args: 'm',
});
def('DeclareGraphicsExtensions captionsetup', { kind: 'skip', args: 'om' });
def('titleformat', { kind: 'skip', args: 'smommmo' });
def('titlespacing', { kind: 'skip', args: 'smmmmo' });
def('fancyhead fancyfoot fancyhf lhead chead rhead lfoot cfoot rfoot', { kind: 'skip', args: 'om' });
def('setmainfont setsansfont setmonofont', { kind: 'skip', args: 'om' });
def('newfontfamily', { kind: 'skip', args: 'Mom' });
def('newacronym', { kind: 'skip', args: 'ommm' });
def('newglossaryentry', { kind: 'skip', args: 'mm' });
def('printbibliography printglossary printindex', { kind: 'skip', args: 'o' });
def('title author date subtitle institute', { kind: 'skip', args: 'om' });
def('todo', { kind: 'skip', args: 'om' });
def('missingfigure', { kind: 'skip', args: 'om' });
def('cline hhline', { kind: 'skip', args: 'm' });
def('cmidrule', { kind: 'skip', args: 'orm' });
def('specialrule', { kind: 'skip', args: 'mmm' });
def('addlinespace', { kind: 'skip', args: 'o' });
def('setmainlanguage setotherlanguage setotherlanguages setdefaultlanguage', { kind: 'skip', args: 'om' });
def('tabularnewline', { kind: 'space', args: '' });
def('verbatiminput lstinputlisting inputminted', { kind: 'skip', args: 'omm' });
def('ContinuedFloat', { kind: 'skip', args: '' });
def('bibitem', { kind: 'skip', args: 'om' });

export function macroAction(name: string): MacroAction | undefined {
  return actions.get(name);
}

/**
 * Accents: `\'e`, `\"{o}`, `\c{c}`. Symbol accents may take the next character directly;
 * letter accents (`\c`, `\v`…) only a braced argument, so `\u` or `\d` used otherwise is left alone.
 */
export const SYMBOL_ACCENTS: ReadonlyMap<string, string> = new Map([
  ["'", '\u0301'],
  ['`', '\u0300'],
  ['^', '\u0302'],
  ['"', '\u0308'],
  ['~', '\u0303'],
  ['=', '\u0304'],
  ['.', '\u0307'],
]);
export const LETTER_ACCENTS: ReadonlyMap<string, string> = new Map([
  ['u', '\u0306'],
  ['v', '\u030c'],
  ['H', '\u030b'],
  ['c', '\u0327'],
  ['k', '\u0328'],
  ['r', '\u030a'],
  ['d', '\u0323'],
  ['b', '\u0331'],
]);

/** Table environments and the arguments before their body. */
export const TABULAR_ENVS: ReadonlyMap<string, string> = new Map([
  ['tabular', 'om'],
  ['tabular*', 'mom'],
  ['tabularx', 'mom'],
  ['tabulary', 'mom'],
  ['xltabular', 'mom'],
  ['longtable', 'om'],
  ['longtable*', 'om'],
  ['supertabular', 'om'],
  ['supertabular*', 'mom'],
  ['xtabular', 'om'],
  ['mpsupertabular', 'om'],
  ['tabu', 'm'],
  ['longtabu', 'm'],
  ['tblr', 'om'],
  ['longtblr', 'oom'],
]);

/** Environments that carry a table's caption and \label (floats and their usual wrappers). */
export const CAPTION_SCOPES = new Set([
  'table',
  'table*',
  'sidewaystable',
  'sidewaystable*',
  'subtable',
  'wraptable',
  'figure',
  'figure*',
  'center',
  'minipage',
  'longtable',
  'longtable*',
  'xltabular',
  'threeparttable',
]);

/** Only captions survive from these (their bodies are pictures, code or graphics). */
export const CAPTION_ONLY_ENVS = new Set([
  'figure',
  'figure*',
  'subfigure',
  'wrapfigure',
  'SCfigure',
  'sidewaysfigure',
  'sidewaysfigure*',
  'algorithm',
  'algorithm*',
  'listing',
]);

/** Dropped with everything inside. */
export const DROPPED_ENVS = new Set([
  'tikzpicture',
  'pgfpicture',
  'picture',
  'algorithmic',
  'algorithmic*',
  'algorithm2e',
  'pseudocode',
  'Verbatim',
  'BVerbatim',
  'LVerbatim',
  'verbatim',
  'verbatim*',
  'lstlisting',
  'minted',
  'comment',
  'filecontents',
  'filecontents*',
  'axis',
  'forest',
  'circuitikz',
  'dot2tex',
  // Pandoc's code blocks (fancyvrb environments the grammar does not read verbatim).
  'Shaded',
  'Highlighting',
]);

/** Display math written as an ordinary environment (the PEG grammar knows the amsmath ones). */
export const MATH_ENVS = new Set([
  'equation',
  'equation*',
  'align',
  'align*',
  'alignat',
  'alignat*',
  'flalign',
  'flalign*',
  'gather',
  'gather*',
  'multline',
  'multline*',
  'eqnarray',
  'eqnarray*',
  'math',
  'displaymath',
  'dmath',
  'dmath*',
  'dgroup',
  'dgroup*',
  'IEEEeqnarray',
  'IEEEeqnarray*',
  'split',
  'array',
  'cases',
  'matrix',
  'pmatrix',
  'bmatrix',
]);

export const LIST_ENVS = new Set([
  'itemize',
  'enumerate',
  'description',
  'compactitem',
  'compactenum',
  'compactdesc',
  'inparaenum',
  'asparaenum',
  'asparaitem',
  'itemize*',
  'enumerate*',
  'description*',
  'checklist',
]);

export const QUOTE_ENVS = new Set(['quote', 'quotation', 'verse', 'displayquote']);

/** Leading arguments of environments that are walked as prose containers. */
export const ENV_ARGS: ReadonlyMap<string, string> = new Map([
  ['table', 'o'],
  ['table*', 'o'],
  ['figure', 'o'],
  ['figure*', 'o'],
  ['sidewaystable', 'o'],
  ['sidewaysfigure', 'o'],
  ['subfigure', 'om'],
  ['subtable', 'om'],
  ['wrapfigure', 'omom'],
  ['wraptable', 'omom'],
  ['minipage', 'ooom'],
  ['multicols', 'mo'],
  ['multicols*', 'mo'],
  ['spacing', 'm'],
  ['adjustbox', 'm'],
  ['thebibliography', 'm'],
  // Pandoc's CSL reference list: hanging indent and entry spacing.
  ['CSLReferences', 'mm'],
  ['itemize', 'o'],
  ['enumerate', 'o'],
  ['description', 'o'],
  ['algorithm', 'o'],
  ['displayquote', 'oo'],
  ['otherlanguage', 'm'],
  ['otherlanguage*', 'm'],
  ['appendices', ''],
  ['SCfigure', 'oo'],
  ['tcolorbox', 'o'],
  ['mdframed', 'o'],
]);

/** Rule macros dropped from tables (their arguments too). */
export const TABLE_RULES = new Set([
  'hline',
  'toprule',
  'midrule',
  'bottomrule',
  'cline',
  'cmidrule',
  'specialrule',
  'hhline',
  'addlinespace',
  'morecmidrules',
  'Xhline',
  'firsthline',
  'lasthline',
  'tabucline',
]);

/** Language names as babel/polyglossia know them, mapped to the engine's languages when possible. */
export const LANGUAGE_NAMES: ReadonlyMap<string, 'id' | 'en' | null> = new Map([
  ['bahasa', 'id'],
  ['bahasai', 'id'],
  ['indonesian', 'id'],
  ['indonesia', 'id'],
  ['indon', 'id'],
  ['english', 'en'],
  ['american', 'en'],
  ['british', 'en'],
  ['USenglish', 'en'],
  ['UKenglish', 'en'],
  ['canadian', 'en'],
  ['australian', 'en'],
  ['newzealand', 'en'],
  ['bahasam', null],
  ['malay', null],
  ['german', null],
  ['ngerman', null],
  ['french', null],
  ['dutch', null],
  ['spanish', null],
  ['portuguese', null],
  ['italian', null],
  ['arabic', null],
  ['japanese', null],
  ['chinese', null],
]);

/** Conditionals from etoolbox/ifthen that take arguments instead of ending with \fi. */
export const NON_PRIMITIVE_IFS = new Set([
  'ifthenelse',
  'iftoggle',
  'ifbool',
  'ifdef',
  'ifndef',
  'ifundef',
  'ifcsdef',
  'ifcsundef',
  'ifstrequal',
  'ifstrempty',
  'ifblank',
  'ifdefempty',
  'ifnumcomp',
  'ifdimcomp',
  'ifnumequal',
  'ifdefstring',
  'ifpackageloaded',
]);
