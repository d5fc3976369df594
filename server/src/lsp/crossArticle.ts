// The same quotation in other articles of the workspace: where, how each article attributes it, and
// whether the words differ. Hover lists them; diagnostics flag a different wording or attribution.

import type { Range } from 'vscode-languageserver';
import type { AnalysedDocument } from './analysisCache';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { normaliseWords } from '../workspace/crossArticle';

/** One other article's copy of a quote. */
export interface QuoteElsewhere {
  readonly uri: string;
  /** The other file's base name. */
  readonly file: string;
  readonly range: Range;
  /** The words inside its marks. */
  readonly text: string;
  /** How that article names the speaker (title and name), or null when it names none. */
  readonly speaker: string | null;
  readonly sameWording: boolean;
  readonly sameSpeaker: boolean;
  /** Both quotes long enough (three words or more) to flag a difference: two-word phrases are listed, never flagged. */
  readonly flaggable: boolean;
}

/** Quotes shorter than this are shown in hover but get no diagnostic: "decisive enabler" is a phrase, not a passage. */
export const MIN_FLAGGED_WORDS = 3;

function words(text: string): number {
  return normaliseWords(text).filter((w) => w !== '…').length;
}

/** For each quote id of the document (or of `only`), its copies in other articles, best match first. */
export function quotesElsewhere(doc: AnalysedDocument, workspace: WorkspaceIndex, only?: ReadonlySet<number>): Map<number, QuoteElsewhere[]> {
  const out = new Map<number, QuoteElsewhere[]>();
  for (const m of workspace.crossMatches(doc, only)) {
    const digest = workspace.digestByKey(m.there.article);
    const quote = digest?.quotes.find((q) => q.id === m.there.id);
    if (!digest || !quote) continue;
    const speaker = quote.speaker === null ? null : (digest.speakers.find((s) => s.id === quote.speaker)?.fullName ?? null);
    const list = out.get(m.here.id) ?? [];
    list.push({
      uri: digest.uri,
      file: digest.name,
      range: quote.range,
      text: quote.text,
      speaker,
      sameWording: m.sameWording,
      sameSpeaker: m.sameSpeaker,
      flaggable: words(m.here.text) >= MIN_FLAGGED_WORDS && words(quote.text) >= MIN_FLAGGED_WORDS,
    });
    out.set(m.here.id, list);
  }
  return out;
}
