// A request is answered from a check of the text it was sent for: while that check is pending
// the request waits; once the document has changed again and only a newer result is left, the
// request fails with ContentModified instead of answering with offsets into another text.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { freshResult, type FeatureContext } from '../../../server/src/lsp/features/context';
import { makeSourceFile, type CheckResult } from '../../../server/src/engine/index';

const URI = 'file:///thesis/bab1.md';
const PATH = '/thesis/bab1.md';

function resultFor(text: string): CheckResult {
  return { files: new Map([[PATH, makeSourceFile(PATH, text)]]), spec: { root: PATH, files: [PATH] } } as unknown as CheckResult;
}

function context(document: { current: TextDocument }, results: CheckResult[]): FeatureContext {
  const documents = {
    all: () => [document.current],
    get: (uri: string) => (uri === URI ? document.current : undefined),
  } as unknown as TextDocuments<TextDocument>;
  return {
    connection: undefined as never,
    documents,
    latestResults: () => results,
    uriOf: () => URI,
    documentChanges: () => true,
    readDisk: () => undefined,
  };
}

describe('freshResult', () => {
  it('answers from the result of the asked text, with the asked version', async () => {
    const document = { current: TextDocument.create(URI, 'markdown', 3, 'satu') };
    const located = await freshResult(context(document, [resultFor('satu')]), URI);
    expect(located?.asked.get(PATH)).toEqual({ uri: URI, version: 3, text: 'satu' });
  });

  it('fails with ContentModified when the document moved on and only a newer result is left', async () => {
    const document = { current: TextDocument.create(URI, 'markdown', 1, 'satu') };
    const results: CheckResult[] = [];
    const pending = freshResult(context(document, results), URI);
    // The user types; the check of the new text lands before any check of the asked one.
    document.current = TextDocument.update(document.current, [{ text: 'satu dua' }], 2);
    results.push(resultFor('satu dua'));
    await expect(pending).rejects.toMatchObject({ code: -32801 });
  });

  it('waits for a pending check of the asked text', async () => {
    const document = { current: TextDocument.create(URI, 'markdown', 1, 'satu') };
    const results: CheckResult[] = [resultFor('lama')];
    const pending = freshResult(context(document, results), URI);
    setTimeout(() => results.splice(0, 1, resultFor('satu')), 50);
    expect((await pending)?.result.files.get(PATH)?.text).toBe('satu');
  });
});
