// citation-js ships no type declarations; these cover the part thesislint uses.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean }): unknown[];
    };
    config: { get(name: string): any };
  };
  export const logger: { setLogLevel?(level: string): void };
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
