// Architecture rules that code review would otherwise have to remember:
// the analysis library does no I/O and knows no editor; only positions.ts turns offsets into positions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mts|cts|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

/** Module specifiers of static imports, dynamic imports, requires and re-exports. */
function imports(code: string): string[] {
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(re)) specs.push(m[1]!);
  return specs;
}

const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|http2|dgram|dns|tls|worker_threads|cluster|readline|os|process|path)$/;

test('the import scanner sees every form of import', () => {
  assert.deepEqual(imports(`import a from 'x';\nimport type { B } from "y";\nexport * from './z';\nconst c = require('node:fs');\nawait import('vscode');`), ['x', 'y', './z', 'node:fs', 'vscode']);
});

test('server/src/analysis imports nothing from vscode-* and no I/O module', () => {
  const dir = join(root, 'server/src/analysis');
  const files = sources(dir);
  assert.ok(files.length > 5, 'the analysis sources are found');
  const bad: string[] = [];
  for (const f of files) {
    for (const spec of imports(readFileSync(f, 'utf8'))) {
      const outside = spec.startsWith('.') && !resolve(dirname(f), spec).startsWith(dir);
      if (/^vscode(-|$)/.test(spec) || IO_MODULES.test(spec) || outside) bad.push(`${relative(root, f)} imports ${spec}`);
    }
    if (/\bprocess\.(env|argv|stdout|stderr|exit)\b/.test(readFileSync(f, 'utf8'))) bad.push(`${relative(root, f)} touches the process`);
  }
  assert.deepEqual(bad, []);
});

test('only server/src/lsp/positions.ts turns offsets into positions', () => {
  const allowed = join(root, 'server/src/lsp/positions.ts');
  const bad: string[] = [];
  for (const f of sources(join(root, 'server/src'))) {
    if (f === allowed) continue;
    const code = readFileSync(f, 'utf8');
    for (const pattern of [/\bpositionAt\s*\(/, /\boffsetAt\s*\(/, /\bPosition\.create\s*\(/, /\bRange\.create\s*\(/, /\{\s*line\s*:/]) {
      if (pattern.test(code)) bad.push(`${relative(root, f)} uses ${pattern.source}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('LSP features read analyses, never parse text themselves', () => {
  const bad: string[] = [];
  for (const f of sources(join(root, 'server/src/lsp'))) {
    const code = readFileSync(f, 'utf8');
    for (const spec of imports(code)) {
      // The model (types), the entry point, directive lookups and the Article's binary searches only.
      if (spec.includes('/analysis/') && !/\/analysis\/(types|index|directives|article)$/.test(spec)) bad.push(`${relative(root, f)} imports ${spec}`);
    }
    for (const call of ['analyze', 'parseArticle', 'tokenize', 'splitParagraphs', 'findSuppressions']) {
      if (new RegExp(`\\b${call}\\s*\\(`).test(code) && !f.endsWith('analysisCache.ts')) bad.push(`${relative(root, f)} calls ${call}()`);
    }
  }
  assert.deepEqual(bad, []);
});
