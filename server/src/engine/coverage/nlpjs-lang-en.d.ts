// The Snowball English stemmer shipped in @nlpjs/lang-en-min, imported directly (as the Indonesian
// one in nlpjs-lang-id.d.ts) so that the bundle does not pull in the rest of nlp.js. The package
// has no type declarations.
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  class EnglishStemmer {
    stemWord(word: string): string;
  }
  export = EnglishStemmer;
}
