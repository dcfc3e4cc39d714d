import type { BlockKind, TextBlock } from '../model';

/**
 * Builds a TextBlock piece by piece while keeping, for every plain-text character, the source
 * offset it came from. Parsers call `append` for text copied from the source and `appendVirtual`
 * for characters that stand for markup (a space for a line break, say).
 */
export class TextBuilder {
  private text = '';
  private readonly offsets: number[] = [];
  private lastEnd = -1;

  constructor(
    private readonly file: string,
    private readonly kind: BlockKind,
  ) {}

  get length(): number {
    return this.text.length;
  }

  /** Appends `text` that stands in the source at `sourceStart` character for character. */
  append(text: string, sourceStart: number): void {
    for (let i = 0; i < text.length; i++) this.offsets.push(sourceStart + i);
    this.text += text;
    if (text.length > 0) this.lastEnd = sourceStart + text.length;
  }

  /**
   * Appends `text` that replaces the source span [sourceStart, sourceEnd) without a
   * character-for-character correspondence (an escape, an entity): characters map into the span.
   */
  appendReplacement(text: string, sourceStart: number, sourceEnd: number): void {
    const width = Math.max(1, sourceEnd - sourceStart);
    for (let i = 0; i < text.length; i++) this.offsets.push(sourceStart + Math.min(i, width - 1));
    this.text += text;
    if (text.length > 0) this.lastEnd = Math.max(sourceEnd, sourceStart + 1);
  }

  /** Appends a separator that has no source of its own (mapped to the previous character's end). */
  appendVirtual(text: string, at?: number): void {
    const where = at ?? (this.lastEnd >= 0 ? this.lastEnd : 0);
    for (let i = 0; i < text.length; i++) this.offsets.push(where);
    this.text += text;
  }

  /** Appends a single space unless the text is empty or already ends in white space. */
  space(at?: number): void {
    if (this.text.length === 0 || /\s$/.test(this.text)) return;
    this.appendVirtual(' ', at);
  }

  build(start: number, end: number): TextBlock {
    // Trim trailing white space so blocks compare cleanly; keep offsets aligned.
    let text = this.text;
    let cut = text.length;
    while (cut > 0 && /\s/.test(text[cut - 1])) cut--;
    let lead = 0;
    while (lead < cut && /\s/.test(text[lead])) lead++;
    text = text.slice(lead, cut);
    const after = cut > lead ? this.offsets[cut - 1] + 1 : start;
    // One offset per character and one after the last, in an array of exactly that length: a push
    // onto the slice would grow its store by half again, kept with every block of every model.
    const offsets = this.offsets.slice(lead, cut).concat(after);
    return { file: this.file, kind: this.kind, text, offsets, start, end };
  }
}

/** Source span of the plain-text range [from, to) of a block. */
export function blockSpan(block: TextBlock, from: number, to: number): { file: string; start: number; end: number } {
  const start = block.offsets[Math.max(0, Math.min(from, block.text.length))];
  const end = to > from ? block.offsets[Math.min(to, block.text.length) - 1] + 1 : start;
  return { file: block.file, start, end };
}
