// Custom requests: `sourced/sources` (share of voice for an article or the workspace, with the Sources
// panel's HTML when asked) and `sourced/workspaceStatus` (whether the background index is done).

import type { Range } from 'vscode-languageserver';
import type { Feature, FeatureContext } from './feature';
import { runSafe } from './runSafe';
import { digestOf, type ArticleDigest } from '../workspace/digest';
import { sourcesData, type SourcesData } from '../workspace/sources';
import { renderSourcesHtml, type RenderOptions } from '../workspace/sourcesHtml';
import type { IndexStatus } from '../workspace/workspaceIndex';

export const SOURCES_REQUEST = 'sourced/sources';
export const WORKSPACE_STATUS_REQUEST = 'sourced/workspaceStatus';

export interface SourcesParams {
  /** The article to describe; ignored when `workspace` is true. */
  readonly uri?: string;
  /** Every article of the workspace instead of one. */
  readonly workspace?: boolean;
  /** Ask for the panel's page too, with a fresh nonce for its style and script. */
  readonly render?: RenderOptions;
}

export interface SourcesResult {
  readonly data: SourcesData;
  /** The panel's page, when `render` was given. */
  readonly html?: string;
  /** What the page's `data-location` indices point at, when `render` was given. */
  readonly locations?: ReadonlyArray<{ readonly uri: string; readonly range: Range }>;
}

function isRender(v: unknown): v is RenderOptions {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['nonce'] === 'string';
}

/** The articles a request covers: every indexed one, or the open document (else the file's indexed digest). */
function articlesFor(ctx: FeatureContext, params: SourcesParams): ArticleDigest[] | null {
  if (params.workspace === true) return ctx.workspace.articles();
  if (typeof params.uri !== 'string') return null;
  const doc = ctx.analysisOf(params.uri);
  if (doc) return [digestOf(doc.uri, doc.analysis, doc.lines)];
  const indexed = ctx.workspace.digest(params.uri);
  return indexed ? [indexed] : null;
}

export function sourcesResult(articles: readonly ArticleDigest[], params: SourcesParams): SourcesResult {
  const data = sourcesData(articles, params.workspace === true ? 'workspace' : 'article');
  if (!isRender(params.render)) return { data };
  const page = renderSourcesHtml(data, params.render);
  return { data, html: page.html, locations: page.locations.map((l) => ({ uri: l.uri, range: l.range })) };
}

export const sourcesFeature: Feature = {
  name: 'sources',
  capabilities: () => ({}),
  register(ctx) {
    ctx.connection.onRequest(SOURCES_REQUEST, (raw: unknown, token) =>
      runSafe(ctx.log, 'sources', null, token, (): SourcesResult | null => {
        const params: SourcesParams = typeof raw === 'object' && raw !== null ? (raw as SourcesParams) : {};
        const articles = articlesFor(ctx, params);
        return articles ? sourcesResult(articles, params) : null;
      }),
    );
    ctx.connection.onRequest(WORKSPACE_STATUS_REQUEST, (_raw: unknown, token) =>
      runSafe(ctx.log, 'workspace status', null, token, (): IndexStatus | null => ctx.workspace.status()),
    );
  },
};
