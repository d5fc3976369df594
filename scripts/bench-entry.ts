// What `npm run bench` measures in its own process, bundled by esbuild the way dist/server.js is,
// so the numbers are those of the shipped code rather than of modules loaded one by one through tsx.

export { analyze } from '../server/src/analysis/index';
export { forgetSharedWords } from '../server/src/analysis/tokens';
export { AnalysisCache } from '../server/src/lsp/analysisCache';
export { hoverAt } from '../server/src/lsp/hover';
export { documentSymbols } from '../server/src/lsp/documentSymbols';
export { diagnosticsFor } from '../server/src/lsp/diagnostics';
export { DEFAULT_SETTINGS } from '../server/src/lsp/settings';
export { WorkspaceIndex, DEFAULT_LIMITS } from '../server/src/workspace/workspaceIndex';
