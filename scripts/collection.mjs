// node scripts/collection.mjs INDEX.tsv MIRRORS OUT
//
// Rebuilds a development collection for the evaluation harnesses (npm run eval:stats,
// eval:coverage, eval:findings …) from its index: scripts/collections/*.tsv list, per manuscript,
// its folder name, the public GitHub repository, the commit, the main file, the copied paths and
// the licence the repository states. The manuscripts themselves are not in this repository (most
// state no licence); MIRRORS is a folder of bare clones named owner+name (each holding the git
// directory, e.g. MIRRORS/owner+name/repo or MIRRORS/owner+name itself). OUT receives one folder per
// manuscript with its files as they were at that commit and a SOURCE.txt (see
// server/src/eval/lib/collection.ts). Nothing in the tests or CI uses this script.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [index, mirrors, out] = process.argv.slice(2);
if (!index || !mirrors || !out) {
  process.stderr.write('usage: node scripts/collection.mjs INDEX.tsv MIRRORS OUT\n');
  process.exit(2);
}

/** The git directory of a mirrored repository, or undefined. */
function gitDir(repository) {
  const root = join(mirrors, repository.replace('/', '+'));
  if (!existsSync(root)) return undefined;
  if (existsSync(join(root, 'HEAD'))) return root;
  const inner = readdirSync(root)
    .map((name) => join(root, name))
    .find((p) => existsSync(join(p, 'HEAD')));
  return inner;
}

let built = 0;
let missing = 0;
for (const line of readFileSync(index, 'utf8').split('\n')) {
  const [slug, repository, commit, main, paths, licence] = line.split('\t');
  if (!slug || slug === 'slug' || !/^[\w.-]+\/[\w.-]+$/.test(repository ?? '') || !/^[0-9a-f]{40}$/.test(commit ?? '')) continue;
  const git = gitDir(repository);
  if (!git) {
    process.stderr.write(`${slug}: no mirror of ${repository} in ${mirrors}\n`);
    missing++;
    continue;
  }
  // Paths are separated by commas; a file name may hold one ("TESIS_DANIEL YESAYA,S.I.KOM.,MM.docx"):
  // a piece without an extension belongs to the next.
  const files = [];
  let pending = '';
  for (const piece of paths.split(',')) {
    pending = pending ? `${pending},${piece}` : piece;
    if (/\.[A-Za-z0-9]{1,5}$/.test(pending.trim())) {
      files.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) files.push(pending.trim());
  const folder = join(out, slug);
  for (const path of files) {
    // A single Word file may be stored under the main file's name.
    const target = files.length === 1 && main && main !== path ? main : path;
    const content = execFileSync('git', ['--git-dir', git, 'show', `${commit}:${path}`], { maxBuffer: 256 * 1024 * 1024 });
    mkdirSync(dirname(join(folder, target)), { recursive: true });
    writeFileSync(join(folder, target), content);
  }
  writeFileSync(
    join(folder, 'SOURCE.txt'),
    `Repository: github ${repository}\nCommit: ${commit}\nLicense: ${licence ?? 'none stated'}\nMain file: ${main}\nPaths: ${files.join(', ')}\n`,
  );
  built++;
}
process.stdout.write(`${built} manuscripts written to ${out}${missing ? `; ${missing} without a mirror` : ''}\n`);
process.exit(missing > 0 ? 1 : 0);
