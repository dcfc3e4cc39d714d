// The message catalogues (en.ts, id.ts) and their rendering. A finding carries its English text
// in `message` (what fixtures, logs and older readers see) and, when its check has been converted,
// the message as data in `msg`; `localizeFinding` renders it in another locale for the CLI, the
// language server and the report.
import type { Finding, RelatedLocation } from '../findings';
import { en, type MessageId } from './en';
import { id } from './id';
import type { Locale, Message, MessageArg, Rendered, Template } from './types';

export { LOCALES, type Locale, type Message, type MessageArg } from './types';
export type { MessageId } from './en';

export const CATALOGUES: Record<Locale, Record<MessageId, Template>> = { en, id };

/** "A, B and C" / "A, B, dan C" */
function lister(locale: Locale) {
  return (items: readonly string[] | string | number | undefined): string => {
    if (!Array.isArray(items)) return String(items ?? '');
    if (items.length <= 1) return items.join('');
    const and = locale === 'id' ? 'dan' : 'and';
    if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
    return `${items.slice(0, -1).join(', ')}${locale === 'id' ? ',' : ''} ${and} ${items.at(-1)}`;
  };
}

function isMessage(arg: MessageArg): arg is Message {
  return typeof arg === 'object' && !Array.isArray(arg) && 'id' in arg;
}

function renderArg(arg: MessageArg, locale: Locale): string | number | readonly string[] {
  if (Array.isArray(arg)) return arg.map((a: MessageArg) => String(renderArg(a, locale)));
  if (isMessage(arg)) return render(arg, locale);
  return arg as string | number;
}

/** The message in `locale` (English when the id is unknown to it, which the tests forbid). */
export function render(message: Message, locale: Locale): string {
  const args: Record<string, string | number | readonly string[]> = {};
  for (const [k, v] of Object.entries(message.args ?? {})) args[k] = renderArg(v, locale);
  const template = CATALOGUES[locale][message.id] ?? en[message.id];
  return template(args as Rendered, lister(locale));
}

/** Shorthand: the message in `locale`. */
export function t(locale: Locale, messageId: MessageId, args?: Record<string, MessageArg>): string {
  return render({ id: messageId, args }, locale);
}

/** A message to keep as data and its English text: `{ message, msg }` for a finding draft. */
export function say(messageId: MessageId, args?: Record<string, MessageArg>): { message: string; msg: Message } {
  const msg: Message = args ? { id: messageId, args } : { id: messageId };
  return { message: render(msg, 'en'), msg };
}

/** A message as data, to pass as an argument of another. */
export function m(messageId: MessageId, args?: Record<string, MessageArg>): Message {
  return args ? { id: messageId, args } : { id: messageId };
}

function localizeRelated(r: RelatedLocation, locale: Locale): RelatedLocation {
  return r.msg ? { ...r, message: render(r.msg, locale) } : r;
}

/** The finding with its message and related messages in `locale`; unconverted ones stay as they are. */
export function localizeFinding<F extends Finding>(f: F, locale: Locale): F {
  if (locale === 'en' || (!f.msg && !f.related?.some((r) => r.msg))) return f;
  return {
    ...f,
    ...(f.msg ? { message: render(f.msg, locale) } : {}),
    ...(f.related ? { related: f.related.map((r) => localizeRelated(r, locale)) } : {}),
  };
}

/** 'id' or 'en' from a setting, a VS Code display language ("id", "en-US", "pt-br"), or undefined. */
export function localeOf(value: string | undefined): Locale | undefined {
  const lower = value?.toLowerCase();
  if (!lower) return undefined;
  if (lower === 'id' || lower.startsWith('id-') || lower === 'in') return 'id';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}
export { CODE_DESCRIPTIONS_ID } from './codes.id';
