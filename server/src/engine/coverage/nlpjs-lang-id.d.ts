// The Snowball (Tala) Indonesian stemmer shipped in @nlpjs/lang-id, imported directly so that the
// bundle does not pull in the rest of nlp.js. The package has no type declarations.
declare module '@nlpjs/lang-id/src/indonesian-stemmer.js' {
  class IndonesianStemmer {
    stemWord(word: string): string;
  }
  export = IndonesianStemmer;
}
