// The texts of the fixtures' files whose names match `name` (under 64 kB), as seeds for tests
// that mutate real manuscripts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

export function fixtureTexts(name: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (name.test(entry.name) && fs.statSync(file).size < 64 * 1024) out.push(fs.readFileSync(file, 'utf8'));
    }
  };
  walk(FIXTURES);
  return out;
}
