// Type declarations for the untyped stemming and stop-word packages the index uses.
declare module '@nlpjs/lang-fr/src/stemmer-fr' {
  /** Snowball French stemmer (generated from the Snowball sources by nlp.js). */
  export default class StemmerFr {
    stem(word: string): string;
  }
}

declare module 'stopword' {
  export const fra: string[];
  export const eng: string[];
}
