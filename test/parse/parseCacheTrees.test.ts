// Which syntax trees the ParseCache keeps for incremental parsing: those of pinned files (the
// documents open in the editor) always, and of the three other files parsed last.
import { describe, expect, it } from 'vitest';
import { ParseCache } from '../../server/src/engine/cache';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { parseLatex } from '../../server/src/engine/parse/latex';
import { makeSourceFile } from '../../server/src/engine/text/source';

const md = (n: number) => `# Bab ${n}\n\nParagraf satu (Sen, 2014).\n\nParagraf dua.\n\nParagraf tiga.\n`;
const tex = (n: number) => `\\section{Bab ${n}}\nKalimat \\cite{sen2014}.\n\nParagraf dua.\n`;

describe('ParseCache syntax trees', () => {
  it('keeps the trees of pinned files and of the three other files parsed last', () => {
    const cache = new ParseCache();
    cache.pin(['/t/open.md']);
    cache.model('/t/open.md', md(0), 'markdown');
    for (let n = 1; n <= 5; n++) cache.model(`/t/ch${n}.md`, md(n), 'markdown');
    expect(cache.treePaths()).toEqual(['/t/open.md', '/t/ch3.md', '/t/ch4.md', '/t/ch5.md']);
    // Unpinned, the open document's tree goes the way of the others.
    cache.pin([]);
    cache.model('/t/ch6.md', md(6), 'markdown');
    expect(cache.treePaths()).toEqual(['/t/ch4.md', '/t/ch5.md', '/t/ch6.md']);
  });

  it('parses an edited file from its kept tree to the same model as a whole parse', () => {
    const cache = new ParseCache();
    cache.pin(['/t/open.md', '/t/open.tex']);
    cache.model('/t/open.md', md(0), 'markdown');
    cache.model('/t/open.tex', tex(0), 'latex');
    for (let n = 1; n <= 4; n++) cache.model(`/t/ch${n}.tex`, tex(n), 'latex');
    const editedMd = md(0).replace('dua', 'dua (Putnam, 2000)');
    const editedTex = tex(0).replace('dua', 'dua \\cite{putnam2000}');
    const plain = (m: unknown) => JSON.parse(JSON.stringify({ ...(m as object), file: undefined }));
    expect(plain(cache.model('/t/open.md', editedMd, 'markdown'))).toEqual(plain(parseMarkdown(makeSourceFile('/t/open.md', editedMd))));
    expect(plain(cache.model('/t/open.tex', editedTex, 'latex'))).toEqual(plain(parseLatex(makeSourceFile('/t/open.tex', editedTex))));
    expect(cache.treePaths()).toEqual(['/t/ch2.tex', '/t/ch3.tex', '/t/ch4.tex', '/t/open.md', '/t/open.tex']);
  });

  it('forgets the trees of files no manuscript reads any more', () => {
    const cache = new ParseCache();
    cache.model('/t/a.md', md(1), 'markdown');
    cache.model('/t/b.md', md(2), 'markdown');
    cache.retain(['/t/b.md']);
    expect(cache.treePaths()).toEqual(['/t/b.md']);
    cache.clear();
    expect(cache.treePaths()).toEqual([]);
  });
});
