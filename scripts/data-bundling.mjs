// How a word list (server/src/analysis/data/*.json) goes into a bundle: notes dropped, lists joined
// into strings and split again when the bundle loads. build.mjs's plugin calls it; a test checks the round trip.
import { brotliCompressSync, constants } from 'node:zlib';

/** The shortest list or table worth joining: below it, the split call costs more than the separators it saves. */
const MIN_JOINED = 6;

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/**
 * Text compressed, as __inflate reads it: the byte count, "|", and the bytes (zero-padded to fours) in
 * Z85. Brotli at its highest quality: on these lists of English words it is about 13 % shorter than
 * deflate (its built-in dictionary knows the words), and Node decompresses it as fast.
 */
function packed(text) {
  const input = Buffer.from(text, 'utf8');
  const bytes = brotliCompressSync(input, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: input.length } });
  const padded = Buffer.alloc(Math.ceil(bytes.length / 4) * 4);
  bytes.copy(padded);
  let out = `${bytes.length}|`;
  for (let i = 0; i < padded.length; i += 4) {
    let v = padded.readUInt32BE(i);
    let chunk = '';
    for (let k = 0; k < 5; k++) {
      chunk = Z85[v % 85] + chunk;
      v = Math.floor(v / 85);
    }
    out += chunk;
  }
  return out;
}
/** Characters the joined forms use as separators: a value holding one stays as JSON writes it. */
const SEPARATORS = /[|;,=]/;

/**
 * Helpers the joined forms call, defined once in each list's module: a map of words to words
 * ("harbour master=unknown|…"), a front-coded list of words (frontCoded) and a table of records with
 * the same fields ("say=assertion;say,says,…|…", the fields' names and which are lists given first).
 */
const DECODERS = {
  __map: 'const __map=(s)=>{const o={};for(const r of s.split("|")){const i=r.indexOf("=");o[r.slice(0,i)]=r.slice(i+1)}return o};',
  __front:
    'const __front=(s)=>{const o=[];let p="",i=0;while(i<s.length){let n=0;const c=s.charCodeAt(i);if(c>=48&&c<=57){n=c-48;i++}else if(c===32)i++;let j=i;for(;j<s.length;j++){const d=s.charCodeAt(j);if(d===32||(d>=48&&d<=57))break}p=p.slice(0,n)+s.slice(i,j);o.push(p);i=j}return o.join(" ")};',
  // Z85 (five characters for four bytes, none of them a quote or a backslash), the byte count before a "|".
  __inflate:
    'const __inflate=(s)=>{const A="0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#",T=new Uint8Array(128),b=s.indexOf("|"),o=Buffer.alloc((s.length-b-1)/5*4);for(let i=0;i<85;i++)T[A.charCodeAt(i)]=i;for(let i=b+1,j=0;i<s.length;i+=5,j+=4){let v=0;for(let k=0;k<5;k++)v=v*85+T[s.charCodeAt(i+k)];o.writeUInt32BE(v,j)}return require("node:zlib").brotliDecompressSync(o.subarray(0,+s.slice(0,b))).toString("utf8")};',
  __table:
    'const __table=(f,s)=>{const o={};for(const r of s.split("|")){const i=r.indexOf("=");const v=r.slice(i+1).split(";");const e={};f.forEach(([k,l],j)=>{e[k]=l?(v[j]===""?[]:v[j].split(",")):v[j]});o[r.slice(0,i)]=e}return o};',
};

const plain = (v) => typeof v === 'string' && !SEPARATORS.test(v);

/** The fewest words of a sorted list, in one string, worth front coding. */
const MIN_FRONT_CODED = 100;

/**
 * A long string of sorted words separated by spaces, with no digit (forenames.json's lists), front
 * coded: a word that shares its first n letters (n < 10) with the one before is written as the digit
 * n and the rest, which also separates it ("aaron abbey abby" -> "aaron 1bbey3y"). __front gives the
 * string back as it was. 22 KB of names take 12 KB so, and about 8 KB compressed and in Z85 (__inflate).
 */
function frontCoded(value) {
  const out = frontCoding(value);
  if (out === null) return null;
  // Compressed too when that is shorter in Z85 (the forename lists: 13 KB front coded, about 8 KB so);
  // zlib is Node's own, and every bundle that reads these lists runs on Node.
  const compressed = packed(out);
  return compressed.length < out.length ? `__front(__inflate(${JSON.stringify(compressed)}))` : `__front(${JSON.stringify(out)})`;
}

/** The front coding of such a string (frontCoded), or null when the value is no such list. */
function frontCoding(value) {
  if (typeof value !== 'string' || /\d/.test(value)) return null;
  const words = value.split(' ');
  if (words.length < MIN_FRONT_CODED || words.some((w, i) => w === '' || (i > 0 && words[i - 1] >= w))) return null;
  let out = '';
  words.forEach((w, i) => {
    const prev = i > 0 ? words[i - 1] : '';
    let n = 0;
    while (n < 9 && n < prev.length && n < w.length && prev[n] === w[n]) n++;
    out += n > 0 ? `${n}${w.slice(n)}` : `${i > 0 ? ' ' : ''}${w}`;
  });
  return out;
}

/** JavaScript for a JSON value: its lists of strings, maps of words and tables of records joined, split again when it loads. */
function compactLists(value) {
  if (Array.isArray(value)) {
    const joinable = value.length >= MIN_JOINED && value.every((v) => typeof v === 'string' && !v.includes('|'));
    return joinable ? `${JSON.stringify(value.join('|'))}.split("|")` : `[${value.map(compactLists).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length >= MIN_JOINED && entries.every(([k, v]) => plain(k) && plain(v))) return `__map(${JSON.stringify(entries.map(([k, v]) => `${k}=${v}`).join('|'))})`;
    const fields = entries.length >= MIN_JOINED ? recordFields(entries) : null;
    if (fields) {
      const rows = entries.map(([k, v]) => `${k}=${fields.map(([f, list]) => (list ? v[f].join(',') : v[f])).join(';')}`);
      return `__table(${JSON.stringify(fields)},${JSON.stringify(rows.join('|'))})`;
    }
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${compactLists(v)}`).join(',')}}`;
  }
  return frontCoded(value) ?? JSON.stringify(value);
}

/** The fields of records that all have the same ones, each a plain string or a list of them: [name, isList]; null otherwise. */
function recordFields(entries) {
  const first = entries[0][1];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return null;
  const fields = Object.keys(first).map((f) => [f, Array.isArray(first[f])]);
  const fits = ([k, v]) =>
    plain(k) && v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === fields.length &&
    fields.every(([f, list]) => (list ? Array.isArray(v[f]) && v[f].every(plain) : plain(v[f])));
  return entries.every(fits) ? fields : null;
}

/** A word list without its top-level "_…" notes, which no code reads. */
function withoutNotes(data) {
  const kept = {};
  for (const [key, value] of Object.entries(data)) if (!key.startsWith('_')) kept[key] = value;
  return kept;
}

/**
 * The CommonJS module a bundle gets for a word list: its top-level "_…" notes left out, the rest
 * compacted (compactLists) with only the helpers it calls. Loaded, it exports the same value.
 */
export function bundledDataModule(data) {
  const kept = withoutNotes(data);
  const body = compactLists(kept);
  // Only the helpers this list's module calls.
  const helpers = Object.entries(DECODERS).filter(([name]) => body.includes(`${name}(`)).map(([, code]) => code).join('');
  const compact = `${helpers}module.exports = ${body};`;
  // A short list saves less than its helper costs (pronouns.json): plain JSON then.
  const json = `module.exports = ${JSON.stringify(kept)};`;
  // A long one of many words repeats itself (phrases, forms of verbs, units): its JSON compressed and in
  // Z85, parsed when the bundle loads, is shorter still (statistic-words.json: 13.8 KB joined, ~7 KB so).
  const compressed = `${DECODERS.__inflate}module.exports = JSON.parse(__inflate(${JSON.stringify(packed(JSON.stringify(kept)))}));`;
  return [compact, json, compressed].reduce((best, form) => (form.length < best.length ? form : best));
}

/** The module id under which the bundles carry the data files compressed together (sharedDataModules). */
export const SHARED_DATA = 'sourced-data:shared';

/**
 * The modules for all data files at once, by file name: every file goes into one compressed blob
 * (`SHARED_DATA`), which each file's module reads its own entry from, as compressing them together
 * finds the words they share and the blob needs its decoder once; a map of front-coded lists (the
 * forenames) goes in front coded and its module decodes each. 35.7 KB of separate modules took
 * 31.4 KB so. `shared` is null when the blob would not be shorter than the separate modules.
 */
export function sharedDataModules(lists) {
  const modules = {};
  const pooled = {};
  const readers = {};
  let separate = 0;
  for (const [file, data] of Object.entries(lists)) {
    const own = bundledDataModule(data);
    modules[file] = own;
    const kept = withoutNotes(data);
    const entry = `require(${JSON.stringify(SHARED_DATA)})[${JSON.stringify(file)}]`;
    // A map of front-coded lists (forenames.json) goes in front coded, and its module decodes each.
    const coded = Object.entries(kept).map(([k, v]) => [k, frontCoding(v)]);
    if (coded.length > 0 && coded.every(([, c]) => c !== null)) {
      pooled[file] = Object.fromEntries(coded);
      readers[file] = `${DECODERS.__front}const __d=${entry};module.exports={${coded.map(([k]) => `${JSON.stringify(k)}:__front(__d[${JSON.stringify(k)}])`).join(',')}};`;
    } else {
      // Short lists too: in the blob their JSON costs less than their own module's.
      pooled[file] = kept;
      readers[file] = `module.exports = ${entry};`;
    }
    separate += own.length;
  }
  const files = Object.keys(pooled);
  if (files.length < 2) return { shared: null, modules };
  const shared = `${DECODERS.__inflate}module.exports = JSON.parse(__inflate(${JSON.stringify(packed(JSON.stringify(pooled)))}));`;
  const pooledLength = shared.length + Object.values(readers).reduce((n, m) => n + m.length, 0);
  if (pooledLength >= separate) return { shared: null, modules };
  return { shared, modules: { ...modules, ...readers } };
}
