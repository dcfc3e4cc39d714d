// Inline markup in the report: rendered, escaped, and marks placed by offset into the raw text.
import { describe, expect, it } from 'vitest';
import { renderInline } from '../../server/src/report/inline';

describe('renderInline', () => {
  it('renders Markdown emphasis, code, Word tags and LaTeX commands', () => {
    expect(renderInline('**3.1 Kondisi *Collaborative Governance* awal**')).toBe('<strong>3.1 Kondisi <em>Collaborative Governance</em> awal</strong>');
    expect(renderInline('`x*y*` and <b>tebal</b> and <i>miring</i>')).toBe('<code>x*y*</code> and <strong>tebal</strong> and <em>miring</em>');
    expect(renderInline('\\textbf{Tabel 1} \\emph{et al.} naik 5\\%')).toBe('<strong>Tabel 1</strong> <em>et al.</em> naik 5%');
    expect(renderInline('### 3.2 Desain')).toBe('3.2 Desain');
  });

  it('escapes everything else, including tags it does not know', () => {
    expect(renderInline('a < b & <script>x</script> snake_case_name 2*3*4')).toBe('a &lt; b &amp; &lt;script&gt;x&lt;/script&gt; snake_case_name 2*3*4');
  });

  it('places marks by offset into the raw text, across removed delimiters', () => {
    const text = 'naik *9,22*% pada 2019';
    const start = text.indexOf('9,22');
    expect(renderInline(text, [{ start, end: start + 4, attributes: ' class="error"', label: '<sup>1</sup>' }])).toBe(
      'naik <em><sup>1</sup><mark class="error">9,22</mark></em>% pada 2019',
    );
    // A mark covering the delimiters too.
    expect(renderInline(text, [{ start: 5, end: 11, attributes: '' }])).toBe('naik <mark><em>9,22</em></mark>% pada 2019');
    // An empty range still shows where it is.
    expect(renderInline('ab', [{ start: 1, end: 1, attributes: '' }])).toBe('a<mark></mark>b');
  });
});
