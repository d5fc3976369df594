// The Sources panel as one self-contained HTML page: share-of-voice bars (hand-written SVG), speakers'
// quotes and unsourced figures. Strict CSP (nonce only), theme colours from VS Code's CSS variables, no CDN.

import type { SourceGroup, SourceLocation, SourcesData, SpeakerShare } from './sources';
import page from './data/sources-page.json';

/** What the webview host gives: a fresh nonce for the page's one style and one script element. */
export interface RenderOptions {
  readonly nonce: string;
}

/** Messages the page posts to the extension. */
export type PanelMessage = { readonly command: 'reveal'; readonly location: number } | { readonly command: 'scope'; readonly scope: SourcesData['scope'] } | { readonly command: 'refresh' };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

function bar(share: number, kind: string): string {
  const width = Math.max(0, Math.min(100, share * 100)).toFixed(2);
  return `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${percent(share)} of quoted words"><rect class="track" width="100" height="8"></rect><rect class="fill k-${escapeHtml(kind)}" width="${width}" height="8"></rect></svg>`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface RenderedPage {
  readonly html: string;
  /** What each `data-location` index of the page points at: the extension reveals `locations[i]` on a click. */
  readonly locations: readonly SourceLocation[];
}

/** Renders the page; every place a click can reveal is an index into the returned locations. */
export function renderSourcesHtml(data: SourcesData, options: RenderOptions): RenderedPage {
  const nonce = options.nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
  const locations: SourceLocation[] = [];
  const link = (loc: SourceLocation, text: string, cls = 'link'): string => {
    locations.push(loc);
    return `<a href="#" class="${cls}" data-location="${locations.length - 1}" title="${escapeHtml(loc.label)}">${text}</a>`;
  };
  const bySpeaker = new Map(data.speakers.map((s) => [s.key, s]));

  const speakerRow = (s: SpeakerShare): string => {
    const name = s.introduction ? link(s.introduction, escapeHtml(s.name), 'link name') : `<span class="name">${escapeHtml(s.name)}</span>`;
    const detail = s.fullName !== s.name ? `<span class="detail">${escapeHtml(s.fullName)}</span>` : '';
    const across = data.scope === 'workspace' ? ` · ${plural(s.articles, 'article', 'articles')}` : '';
    const quotes = s.quoteLocations.map((l) => `<li>${link(l, escapeHtml(l.label))}</li>`).join('');
    return `<li class="speaker"><div class="row"><div class="who">${name}${detail}</div>${bar(s.share, s.kind)}<div class="num">${percent(s.share)}</div></div><details><summary>${plural(s.quotes, 'quote', 'quotes')} · ${plural(s.words, 'word', 'words')}${across}</summary><ul class="quotes">${quotes}</ul></details></li>`;
  };
  const groupSection = (g: SourceGroup): string => {
    const members = g.speakers.map((k) => bySpeaker.get(k)).filter((s): s is SpeakerShare => s !== undefined);
    const kind = members.every((m) => m.kind === members[0]?.kind) ? (members[0]?.kind ?? 'mixed') : 'mixed';
    return `<section class="group"><h3><span>${escapeHtml(g.label)}</span><span class="meta">${plural(g.quotes, 'quote', 'quotes')} · ${plural(g.words, 'word', 'words')} · ${percent(g.share)}</span></h3>${bar(g.share, kind)}<ul class="speakers">${members.map(speakerRow).join('')}</ul></section>`;
  };
  const grouping = (id: string, groups: readonly SourceGroup[], hidden: boolean): string =>
    `<div id="${id}" class="grouping"${hidden ? ' hidden' : ''}>${groups.length ? groups.map(groupSection).join('') : '<p class="empty">No quotes found.</p>'}</div>`;
  const stats = data.unattributedStatistics.length
    ? `<ul class="stats">${data.unattributedStatistics.map((l) => `<li>${link(l, escapeHtml(l.label))}</li>`).join('')}</ul>`
    : '<p class="empty">Every figure has a source.</p>';
  const summary = `${data.scope === 'workspace' ? `${plural(data.articles, 'article', 'articles')} · ` : ''}${plural(data.quotes, 'quote', 'quotes')} · ${plural(data.words, 'quoted word', 'quoted words')} · ${plural(data.speakers.filter((s) => s.kind !== 'unattributed').length, 'source', 'sources')}`;

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Sources</title>
<style nonce="${nonce}">
${page.style}</style>
</head>
<body data-scope="${data.scope}">
<h2>${escapeHtml(data.title)}</h2>
<div class="summary">${escapeHtml(summary)}</div>
<div class="toolbar" role="toolbar">
<button data-scope="article" aria-pressed="${data.scope === 'article'}">This article</button>
<button data-scope="workspace" aria-pressed="${data.scope === 'workspace'}">Workspace</button>
<button data-group="by-kind" aria-pressed="true">By kind</button>
<button data-group="by-organisation" aria-pressed="false">By organisation</button>
<button data-refresh="1">Refresh</button>
</div>
<h3><span>Share of voice</span><span class="meta">words inside quotation marks</span></h3>
${grouping('by-kind', data.byKind, false)}
${grouping('by-organisation', data.byOrganisation, true)}
<h3><span>Figures without a source</span><span class="meta">${data.unattributedStatistics.length}</span></h3>
${stats}
<script nonce="${nonce}">
${page.script}</script>
</body>
</html>
`;
  return { html, locations };
}
