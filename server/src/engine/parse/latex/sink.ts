import type { BlockKind, TextBlock } from '../../model';
import { TextBuilder } from '../../text/builder';

const CLOSING_PUNCTUATION = /^[.,;:!?)\]]/;

/**
 * One block being built. White space is held back until the next visible character so that
 * runs collapse, blocks never start or end with a space, and a space left dangling by a dropped
 * citation or reference before punctuation disappears ("teori \citep{x}, dan" → "teori, dan").
 */
export class Sink {
  private readonly builder: TextBuilder;
  /** Source range of everything consumed into this block (set by the walker). */
  start = -1;
  end = -1;
  private pendingStart = -1;
  private pendingEnd = -1;
  private pendingExact = false;
  private visible = false;
  private afterDrop = false;
  /** Characters written inside bold markup, and outside it (table header detection). */
  boldChars = 0;
  plainChars = 0;

  constructor(
    file: string,
    readonly kind: BlockKind,
  ) {
    this.builder = new TextBuilder(file, kind);
  }

  get isEmpty(): boolean {
    return !this.visible;
  }

  touch(start: number, end: number): void {
    if (this.start < 0 || start < this.start) this.start = start;
    if (end > this.end) this.end = end;
  }

  /**
   * A space standing for source [start, end). `exact` means that source is a single white-space
   * character the space can map to one-to-one.
   */
  space(start: number, end: number, exact: boolean): void {
    if (!this.visible || this.pendingStart >= 0) return;
    this.pendingStart = start;
    this.pendingEnd = end;
    this.pendingExact = exact;
  }

  /** Something that contributes no words was removed here (citation, reference, footnote). */
  dropped(): void {
    this.afterDrop = true;
  }

  private before(first: string): void {
    if (this.pendingStart >= 0) {
      if (!(this.afterDrop && CLOSING_PUNCTUATION.test(first))) {
        if (this.pendingExact) this.builder.append(' ', this.pendingStart);
        else this.builder.appendReplacement(' ', this.pendingStart, this.pendingEnd);
      }
      this.pendingStart = -1;
    }
    this.afterDrop = false;
  }

  /** Text copied from the source at `at`, character for character. */
  text(text: string, at: number, bold: boolean): void {
    if (text.length === 0) return;
    this.before(text);
    this.builder.append(text, at);
    this.visible = true;
    if (bold) this.boldChars += text.length;
    else this.plainChars += text.length;
  }

  /** Text standing for the source span [start, end) (an escape, a ligature, an accent). */
  replacement(text: string, start: number, end: number, bold: boolean): void {
    if (text.length === 0) return;
    this.before(text);
    this.builder.appendReplacement(text, start, end);
    this.visible = true;
    if (bold) this.boldChars += text.length;
    else this.plainChars += text.length;
  }

  /** Text with no source of its own (the quotes of \enquote). */
  virtual(text: string, at: number): void {
    if (text.length === 0) return;
    this.before(text);
    this.builder.appendVirtual(text, at);
    this.visible = true;
  }

  build(start = this.start, end = this.end): TextBlock {
    const s = start < 0 ? 0 : start;
    return this.builder.build(s, end < s ? s : end);
  }
}
