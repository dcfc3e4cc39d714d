// Units of measurement written after a figure ("250g", "44.31 GPa", "120 ms") and in a column's
// header ("m, g", "Waktu (ms)", "Latency [ms]"): a figure whose row is named is read from the one
// column measured in its unit. Only symbols that are units wherever they stand after a number;
// synonyms written out ("detik", "milidetik", "seconds") are folded to their symbol.
const SYMBOLS = new Set(
  (
    'ms s min h mm cm m km µm nm g kg mg t N kN Pa kPa MPa GPa Hz kHz MHz GHz V mV kV A mA W kW MW Wh kWh J kJ °C K dB dBm ' +
    'B KB kB MB GB TB bps Kbps kbps Mbps Gbps fps rpm px mL L ha kg/m3 kg/m³ g/cm3 m/s km/h'
  ).split(' '),
);

const WORDS: Record<string, string> = {
  detik: 's',
  sec: 's',
  second: 's',
  seconds: 's',
  milidetik: 'ms',
  milisekon: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  menit: 'min',
  minute: 'min',
  minutes: 'min',
  jam: 'h',
  hour: 'h',
  hours: 'h',
  gram: 'g',
  grams: 'g',
  kilogram: 'kg',
  kilograms: 'kg',
  meter: 'm',
  meters: 'm',
  metres: 'm',
  newton: 'N',
  newtons: 'N',
  volt: 'V',
  watt: 'W',
  hertz: 'Hz',
};

function unitOf(token: string): string | undefined {
  if (SYMBOLS.has(token)) return token;
  return WORDS[token.toLowerCase()];
}

/** The unit written right after a number ending at `end` of `text` ("250g for …" → "g"). */
export function unitAfter(text: string, end: number): string | undefined {
  const m = /^\s?([A-Za-zµ°][A-Za-zµ°/³0-9]*)/u.exec(text.slice(end, end + 16));
  if (!m) return undefined;
  // "5 s.d. 10", "3 m2" are not "s" and "m".
  if (/^(?:\.\p{L}|[\d²])/u.test(text.slice(end + m[0].length, end + m[0].length + 2)) && !m[1].includes('/')) return undefined;
  return unitOf(m[1]);
}

/** The unit a column's header names ("m, g" → "g", "Waktu (ms)" → "ms", "Latency [ms]" → "ms"). */
export function headerUnit(header: string): string | undefined {
  const bracketed = /[([]\s*([^()[\]\s]{1,10})\s*[)\]]\s*$/u.exec(header);
  if (bracketed) return unitOf(bracketed[1]);
  const after = /,\s*([^\s,]{1,8})\s*$/u.exec(header);
  return after ? unitOf(after[1]) : undefined;
}
