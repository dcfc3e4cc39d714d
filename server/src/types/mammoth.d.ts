// mammoth ships no type declarations; this covers the call thesislint makes.
declare module 'mammoth' {
  interface Result {
    value: string;
    messages: { type: string; message: string }[];
  }
  export function convertToHtml(input: { path: string } | { buffer: Buffer }, options?: Record<string, unknown>): Promise<Result>;
}
