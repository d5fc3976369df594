// Tokenizes article text with the news-article TextMate grammar through vscode-textmate and
// vscode-oniguruma (the engine VS Code uses) and checks the scopes a theme would colour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..');
const SCOPE = 'text.news-article';

interface Tok {
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<vsctm.IGrammar> | null = null;

function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== SCOPE) return null;
        const path = join(root, 'syntaxes/news-article.tmLanguage.json');
        return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const g = await registry.loadGrammar(SCOPE);
    if (!g) throw new Error('grammar did not load');
    return g;
  })();
  return grammarPromise;
}

/** Tokenizes a whole document line by line, as the editor does. */
async function tokenize(text: string): Promise<Tok[][]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  const lines: Tok[][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    lines.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return lines;
}

/** The text of each maximal run of tokens that carries a scope starting with `prefix`. */
function runs(line: Tok[], prefix: string): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  for (const t of line) {
    if (t.scopes.some((s) => s.startsWith(prefix))) cur = (cur ?? '') + t.text;
    else if (cur !== null) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur !== null) out.push(cur);
  return out;
}

const DOC = [
  "China calls NATO claims of backing Russia 'disinformation'",
  '',
  'BEIJING, China -- Beijing on Thursday accused the NATO chief of "spreading disinformation".',
  '',
  'WASHINGTON (Reuters) - The official said it was “a warning to Russia’s allies” and nothing more.',
  '',
  'Prices rose 14% last year and 3.5 percent this year, costing $5 billion and €20m, while 3.6 million fled.',
  '',
  "It's China's view, according to the ministry, that ‘Moscow’s war’ must end, Wang told reporters.",
  '',
  '<!-- sourced-disable-next-line unattributedStatistic -->',
  'The headline words, claims and states, are not verbs here; BEIJING is not a dateline mid-line -- no.',
].join('\n');

test('the first line is the headline, and only the first line', async () => {
  const lines = await tokenize(DOC);
  assert.deepEqual(runs(lines[0]!, 'markup.heading'), [DOC.split('\n')[0]]);
  for (const line of lines.slice(1)) assert.deepEqual(runs(line, 'markup.heading'), []);
  // A quote inside the headline is still a quote.
  assert.deepEqual(runs(lines[0]!, 'string.quoted'), ["'disinformation'"]);
});

test('datelines at the start of a paragraph', async () => {
  const lines = await tokenize(DOC);
  assert.deepEqual(runs(lines[2]!, 'meta.dateline'), ['BEIJING, China --']);
  assert.deepEqual(runs(lines[2]!, 'entity.name.section.dateline'), ['BEIJING, China']);
  assert.deepEqual(runs(lines[4]!, 'meta.dateline'), ['WASHINGTON (Reuters) -']);
  assert.deepEqual(runs(lines[4]!, 'entity.name.tag.dateline.agency'), ['(Reuters)']);
  assert.deepEqual(runs(lines[11]!, 'meta.dateline'), []);
});

test('quotations in straight and curly marks; apostrophes inside words do not break them', async () => {
  const lines = await tokenize(DOC);
  assert.deepEqual(runs(lines[2]!, 'string.quoted.double'), ['"spreading disinformation"']);
  assert.deepEqual(runs(lines[4]!, 'string.quoted.double'), ['“a warning to Russia’s allies”']);
  // It's and China's are apostrophes, not quotes; ‘Moscow’s war’ is one quote.
  assert.deepEqual(runs(lines[8]!, 'string.quoted'), ['‘Moscow’s war’']);
  assert.deepEqual(runs(lines[8]!, 'string.quoted.single'), ['‘Moscow’s war’']);
});

test('an unclosed quotation ends with its paragraph', async () => {
  const lines = await tokenize('Headline\n\n“We will never give up, he said.\n\nThe next paragraph is 12 words long and is not quoted.');
  assert.deepEqual(runs(lines[2]!, 'string.quoted'), ['“We will never give up, he said.']);
  assert.deepEqual(runs(lines[4]!, 'string.quoted'), []);
  assert.deepEqual(runs(lines[4]!, 'constant.numeric'), ['12']);
});

test('numbers, money and percentages', async () => {
  const lines = await tokenize(DOC);
  const l = lines[6]!;
  assert.deepEqual(runs(l, 'constant.numeric.percentage'), ['14%', '3.5 percent']);
  assert.deepEqual(runs(l, 'constant.numeric.money'), ['$5 billion', '€20m']);
  assert.deepEqual(runs(l, 'constant.numeric'), ['14%', '3.5 percent', '$5 billion', '€20m', '3.6 million']);
});

test('reporting verbs, but not nouns that look like them', async () => {
  const lines = await tokenize(DOC);
  assert.deepEqual(runs(lines[2]!, 'keyword.other.reporting-verb'), ['accused']);
  assert.deepEqual(runs(lines[4]!, 'keyword.other.reporting-verb'), ['said']);
  assert.deepEqual(runs(lines[8]!, 'keyword.other.reporting-verb'), ['according to', 'told']);
  assert.deepEqual(runs(lines[11]!, 'keyword.other.reporting-verb'), []);
});

test('sourced-disable directives are block comments', async () => {
  const lines = await tokenize(DOC);
  assert.deepEqual(runs(lines[10]!, 'comment.block'), ['<!-- sourced-disable-next-line unattributedStatistic -->']);
  assert.deepEqual(runs(lines[10]!, 'keyword.control.directive'), ['sourced-disable-next-line']);
  const plain = await tokenize('Headline\n<!-- an editor note: "not a quote" -->');
  assert.deepEqual(runs(plain[1]!, 'comment.block'), ['<!-- an editor note: "not a quote" -->']);
  assert.deepEqual(runs(plain[1]!, 'string.quoted'), []);
});

test('the real samples tokenize, with their headline and a quote or two', async () => {
  const text = readFileSync(join(root, 'samples/000_ef0489480ae83f10.article'), 'utf8');
  const lines = await tokenize(text);
  assert.deepEqual(runs(lines[0]!, 'markup.heading'), [text.split('\n')[0]]);
  const quotes = lines.flatMap((l) => runs(l, 'string.quoted.double'));
  assert.ok(quotes.includes('"spreading disinformation"'), quotes.join(' | '));
  assert.ok(quotes.includes('"accusing China of spreading false information about Ukraine is itself spreading disinformation"'));
});
