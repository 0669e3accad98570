import type { RunRange, Store } from '../../store/index.js';
import { whoSaidWhatRows } from '../rows.js';
import type { WhoSaidWhatRow } from '../tables.js';

/** What the report page shows of a range of articles, gathered in one pass over them. */
export interface ReportSummary {
  readonly articles: number;
  readonly speakers: readonly Speaker[];
  readonly entities: readonly Named[];
  /** Who appears with whom: pairs of the most named people and organizations, by articles shared. */
  readonly together: readonly { readonly a: string; readonly b: string; readonly articles: number }[];
  readonly outlets: readonly { readonly outlet: string; readonly quotes: number }[];
}

export interface Speaker {
  readonly name: string;
  /** Quotes in the range; `quotes` lists the first few. */
  readonly count: number;
  readonly type: string;
  readonly role: string;
  readonly quotes: readonly Pick<WhoSaidWhatRow, 'quote' | 'title' | 'kind' | 'cue' | 'confidence'>[];
}

export interface Named {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly mentions: number;
  readonly articles: number;
}

/** How many of each the page lists: enough to read at a glance. */
const TOP_SPEAKERS = 12;
const QUOTES_PER_SPEAKER = 3;
const TOP_ENTITIES = 15;
const NETWORK_ENTITIES = 24;

/**
 * Gathers the page's figures from the articles of a range of the store: the speakers with the most quotes (a
 * speaker with an entity by it and its name, one without by the phrase written), the people and organizations
 * named most, which of them share articles, and the outlets quotes came through. Ties are broken by name, so the
 * page is the same for the same store.
 */
export function summarise(store: Store, range: RunRange): ReportSummary {
  const names = new Map(store.entities(range).map((entity) => [entity.id, entity.name]));
  const speakers = new Map<string, { name: string; type: string; role: string; quotes: WhoSaidWhatRow[] }>();
  const named = new Map<string, { id: string; name: string; type: string; mentions: number; articles: number }>();
  const perArticle: string[][] = [];
  const outlets = new Map<string, number>();
  let count = 0;
  for (const stored of store.reader.read(range)) {
    count++;
    for (const row of whoSaidWhatRows(stored, names)) {
      if (row.via !== '') outlets.set(row.via, (outlets.get(row.via) ?? 0) + 1);
      if (row.speaker === '') continue;
      const key = row.speaker_id === '' ? `written:${row.speaker.toLowerCase()}` : row.speaker_id;
      const speaker = speakers.get(key) ?? { name: row.speaker, type: row.speaker_type, role: row.role, quotes: [] };
      if (speaker.role === '' && row.role !== '') speaker.role = row.role;
      speaker.quotes.push(row);
      speakers.set(key, speaker);
    }
    const inArticle = new Set<string>();
    for (const m of stored.mentions) {
      if (m.type === 'PLACE' || m.form !== 'name') continue;
      const entity = named.get(m.entityId) ?? { id: m.entityId, name: m.canonical, type: m.type, mentions: 0, articles: 0 };
      entity.mentions++;
      if (!inArticle.has(m.entityId)) entity.articles++;
      inArticle.add(m.entityId);
      named.set(m.entityId, entity);
    }
    perArticle.push([...inArticle]);
  }
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const topSpeakers = [...speakers.values()].sort((a, b) => b.quotes.length - a.quotes.length || byName(a, b)).slice(0, TOP_SPEAKERS);
  const entities = [...named.values()].sort((a, b) => b.mentions - a.mentions || byName(a, b));
  const inNetwork = new Map(entities.slice(0, NETWORK_ENTITIES).map((e) => [e.id, e.name]));
  const pairs = new Map<string, { a: string; b: string; articles: number }>();
  for (const ids of perArticle) {
    const kept = ids.filter((id) => inNetwork.has(id)).sort();
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        const key = `${kept[i]} ${kept[j]}`;
        const pair = pairs.get(key) ?? { a: inNetwork.get(kept[i] as string) as string, b: inNetwork.get(kept[j] as string) as string, articles: 0 };
        pair.articles++;
        pairs.set(key, pair);
      }
    }
  }
  return {
    articles: count,
    speakers: topSpeakers.map((s) => ({ name: s.name, count: s.quotes.length, type: s.type, role: s.role, quotes: s.quotes.slice(0, QUOTES_PER_SPEAKER) })),
    entities: entities.slice(0, TOP_ENTITIES),
    together: [...pairs.values()].sort((a, b) => b.articles - a.articles || (a.a + a.b < b.a + b.b ? -1 : 1)),
    outlets: [...outlets].map(([outlet, quotes]) => ({ outlet, quotes })).sort((a, b) => b.quotes - a.quotes || (a.outlet < b.outlet ? -1 : 1)),
  };
}
