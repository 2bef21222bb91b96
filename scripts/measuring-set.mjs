// Rebuilds the measuring and tuning sets listed in docs/measuring-set.md from local git mirrors of their
// repositories (the search tool's `fetch` puts them in /work/.mirror/<owner>+<name>/repo).
// Usage: node scripts/measuring-set.mjs [OUT=/work/articles] [MIRRORS=/work/.mirror]
// Writes OUT/tune to OUT/tune4, OUT/measure and OUT/measure2 to OUT/measure31. The articles stay out of git.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const out = process.argv[2] ?? '/work/articles';
const mirrors = process.argv[3] ?? '/work/.mirror';
const doc = readFileSync(new URL('../docs/measuring-set.md', import.meta.url), 'utf8');

const rows = doc
  .split('\n')
  .filter((line) => /^\| [^|]+\.txt \|/.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, file, set, repo, path, commit]) => ({file, set, repo, path: path.replace(/`/g, ''), commit}));

/** The front matter's title, YAML (`title: x`) or TOML (`title = "x"`). */
function splitFrontMatter(text) {
  const unix = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(unix);
  if (!match) return {title: '', body: unix};
  const raw = /^title\s*[:=]\s*(.*?)\s*$/m.exec(match[2])?.[1] ?? '';
  let title = raw;
  // A double-quoted title may hold escapes ("\u2013"); a single-quoted one doubles its quotes.
  if (raw.startsWith('"')) {
    try {
      title = JSON.parse(raw);
    } catch {
      title = raw.slice(1, -1);
    }
  } else if (raw.startsWith("'")) title = raw.slice(1, -1).replace(/''/g, "'");
  return {title, body: unix.slice(match[0].length)};
}

let written = 0;
for (const row of rows) {
  const git = join(mirrors, row.repo.replace('/', '+'), 'repo');
  let text;
  try {
    text = execFileSync('git', ['-C', git, 'show', `${row.commit}:${row.path}`], {encoding: 'utf8', maxBuffer: 1 << 26});
  } catch {
    console.error(`missing: ${row.repo} ${row.commit}:${row.path}`);
    continue;
  }
  const {title, body} = splitFrontMatter(text);
  const article = title ? `${title}\n\n${body.trim()}\n` : `${body.trim()}\n`;
  const dir = join(
    out,
    [
      'tune',
      'tune2',
      'tune3',
      'tune4',
      'measure2',
      'measure3',
      'measure4',
      'measure5',
      'measure6',
      'measure7',
      'measure8',
      'measure9',
      'measure10',
      'measure11',
      'measure12',
      'measure13',
      'measure14',
      'measure15',
      'measure16',
      'measure17',
      'measure18',
      'measure19',
      'measure20',
      'measure21',
      'measure22',
      'measure23',
      'measure24',
      'measure25',
      'measure26',
      'measure27',
      'measure28',
      'measure29',
      'measure30',
      'measure31',
    ].includes(row.set)
      ? row.set
      : 'measure'
  );
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, row.file), article);
  written++;
}
console.log(`${written} of ${rows.length} articles written under ${out}`);
