// How a word list (server/src/analysis/data/*.json) goes into a bundle: notes dropped, lists joined
// into strings and split again when the bundle loads. build.mjs's plugin calls it; a test checks the round trip.
import { deflateRawSync } from 'node:zlib';

/** The shortest list or table worth joining: below it, the split call costs more than the separators it saves. */
const MIN_JOINED = 6;
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
  __inflate: 'const __inflate=(s)=>require("node:zlib").inflateRawSync(Buffer.from(s,"base64")).toString("utf8");',
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
 * string back as it was. 22 KB of names take 12 KB so, and 9.4 KB deflated and in base64 (__inflate).
 */
function frontCoded(value) {
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
  // Deflated too when that is shorter in base64 (the forename lists: 13 KB front coded, 9.4 KB so);
  // zlib is Node's own, and every bundle that reads these lists runs on Node.
  const deflated = deflateRawSync(out, { level: 9 }).toString('base64');
  return deflated.length < out.length ? `__front(__inflate(${JSON.stringify(deflated)}))` : `__front(${JSON.stringify(out)})`;
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

/**
 * The CommonJS module a bundle gets for a word list: its top-level "_…" notes left out, the rest
 * compacted (compactLists) with only the helpers it calls. Loaded, it exports the same value.
 */
export function bundledDataModule(data) {
  const kept = {};
  for (const [key, value] of Object.entries(data)) if (!key.startsWith('_')) kept[key] = value;
  const body = compactLists(kept);
  // Only the helpers this list's module calls.
  const helpers = Object.entries(DECODERS).filter(([name]) => body.includes(`${name}(`)).map(([, code]) => code).join('');
  const compact = `${helpers}module.exports = ${body};`;
  // A short list saves less than its helper costs (pronouns.json): plain JSON then.
  const json = `module.exports = ${JSON.stringify(kept)};`;
  // A long one of many words repeats itself (phrases, forms of verbs, units): its JSON deflated and in
  // base64, parsed when the bundle loads, is shorter still (statistic-words.json: 13.8 KB joined, ~7 KB so).
  const deflated = `${DECODERS.__inflate}module.exports = JSON.parse(__inflate(${JSON.stringify(deflateRawSync(JSON.stringify(kept), { level: 9 }).toString('base64'))}));`;
  return [compact, json, deflated].reduce((best, form) => (form.length < best.length ? form : best));
}
