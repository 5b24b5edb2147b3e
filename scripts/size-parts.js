// Where a built file's gzip bytes go: each source group's marginal share, i.e. how much smaller the gzipped file gets
// when that group's characters (found through the source map) are cut out of it. Used by scripts/size.js.
import { gzipSync } from 'node:zlib';

export const gz = (text) => gzipSync(text, { level: 9 }).length;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map mappings into [generatedColumn, sourceIndex | -1] segments. */
function decodeLine(line, state) {
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([column, values.length > 1 ? state.source : -1]);
  }
  return segments;
}

/** The group (a package name, or src/<folder>) each character of `code` came from; null where unmapped. */
function groupsByCharacter(code, map, groupOf) {
  const lines = code.split('\n');
  const groups = map.sources.map((source) => groupOf(source));
  const state = { source: 0 };
  const owners = [];
  map.mappings.split(';').forEach((mapping, index) => {
    const line = lines[index] ?? '';
    const segments = decodeLine(mapping, state);
    const row = new Array(line.length).fill(null);
    segments.forEach(([column, source], i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      for (let c = column; c < end; c += 1) row[c] = source >= 0 ? groups[source] : null;
    });
    owners.push(row, [null]); // the newline
  });
  return owners.flat().slice(0, code.length);
}

/** Marginal gzip bytes per group, largest first. */
export function gzipShares(code, map, groupOf) {
  const owners = groupsByCharacter(code, map, groupOf);
  const whole = gz(code);
  const names = [...new Set(owners.filter((owner) => owner !== null))];
  return names
    .map((name) => {
      let rest = '';
      for (let i = 0; i < code.length; i += 1) if (owners[i] !== name) rest += code[i];
      return [name, whole - gz(rest)];
    })
    .sort((a, b) => b[1] - a[1]);
}

/** `node_modules/zod/…` → zod; `src/elements/qbo-x/…` → src/elements/qbo-x; `src/core/store.ts` → src/core/store. */
export function groupOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)src\/(elements\/[^/]+|core\/[^/.]+|i18n\/locales|i18n|[^/.]+)/.exec(source);
  return own ? `src/${own[1]}` : source;
}
