// A finding's message as data: an id from the message catalogue and its arguments, rendered per
// locale when shown (messages/index.ts). Arguments are text as the manuscript writes it (names,
// years, numbers — never reformatted), counts, lists, or other messages (an entry's description
// inside a mismatch message), so a message is rendered in one language throughout.
import type { MessageId } from './en';

export type Locale = 'en' | 'id';
export const LOCALES: readonly Locale[] = ['en', 'id'];

export type MessageArg = string | number | Message | readonly MessageArg[] | undefined;

export interface Message {
  id: MessageId;
  args?: Readonly<Record<string, MessageArg>>;
}

/** Arguments as a template receives them: messages rendered, lists as arrays of strings. */
export type Rendered = Readonly<Record<string, string | number | readonly string[] | undefined>>;

/** One catalogue entry: arguments in, text out; `list` joins a list the way the language does. */
export type Template = (a: Rendered, list: (items: readonly string[] | string | number | undefined) => string) => string;
