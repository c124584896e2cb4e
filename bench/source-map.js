// Reading the drop-in's source map (profile.js, heap.js, analyze.js): which source module a
// position of the bundle comes from.
import { join, relative } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapping segment: base64 VLQ to its numbers. */
export function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * A lookup for a map of dist/drop-in/: `(line, col, withLine)` → the source module (relative to
 * the repository, without node_modules/ and lit's development/ or node/ folders), with its
 * 1-based line when `withLine`; undefined where nothing is mapped.
 */
export function sourceLookup(map, repo) {
  const lines = [];
  let src = 0;
  let origLine = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const v = decodeVlq(seg);
      col += v[0];
      if (v.length > 1) {
        src += v[1];
        origLine += v[2];
      }
      segs.push([col, v.length > 1 ? src : -1, origLine]);
    }
    lines.push(segs);
  }
  const sources = map.sources.map((s) =>
    relative(repo, join(repo, 'dist/drop-in', s))
      .replace(/^node_modules\//, '')
      .replace(/\/(development|node)\//, '/'),
  );
  return (line, col, withLine = false) => {
    for (let l = line; l >= 0; l--) {
      const segs = lines[l] ?? [];
      for (let i = segs.length - 1; i >= 0; i--) {
        if ((l < line || segs[i][0] <= col) && segs[i][1] >= 0) return withLine ? `${sources[segs[i][1]]}:${segs[i][2] + 1}` : sources[segs[i][1]];
      }
    }
    return undefined;
  };
}
