import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nameKey } from '../language/lexicon/index.js';
import type { ArticleRow, EntityRow, MentionRow, QuoteRow, RelationRow } from '../outputs/tables.js';

/** The hand-checked answers for the sample dumps (`../shared/gold/seeds.gold.json`), the parts scored here. */
export interface SeedsGold {
  readonly unique_articles: number;
  readonly duplicates: readonly { article: string; seen_in: readonly string[] }[];
  readonly articles: readonly GoldArticle[];
}

export interface GoldArticle {
  readonly key: string;
  readonly title: string;
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly organizations: readonly string[];
  readonly optional: readonly string[];
  readonly roles: readonly { person: string; role: string; of: string }[];
  readonly met: readonly (readonly [string, string])[];
  readonly quotes: readonly GoldQuote[];
  readonly indirect: readonly GoldQuote[];
}

export interface GoldQuote {
  readonly kind?: string;
  readonly speaker: string;
  readonly cue: string | null;
  readonly via?: string;
  readonly text: string;
}

/** The tables of a run, read back from its JSONL files. */
export interface RunTables {
  readonly articles: readonly ArticleRow[];
  readonly entities: readonly EntityRow[];
  readonly mentions: readonly MentionRow[];
  readonly quotes: readonly QuoteRow[];
  readonly relations: readonly RelationRow[];
}

export async function readRunTables(out: string): Promise<RunTables> {
  const read = async <T>(name: string) =>
    (await readFile(path.join(out, `${name}.jsonl`), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as T);
  return { articles: await read('articles'), entities: await read('entities'), mentions: await read('mentions'), quotes: await read('quotes'), relations: await read('relations') };
}

export interface EntityCheck {
  readonly article: string;
  readonly type: string;
  readonly gold: number;
  readonly found: number;
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
}

const TYPES = [
  ['PERSON', 'people'],
  ['PLACE', 'places'],
  ['ORGANIZATION', 'organizations'],
] as const;

/** Per article and type: which gold names the run found (by name or alias), which it missed, which it added. */
export function checkEntities(gold: SeedsGold, tables: RunTables): EntityCheck[] {
  const checks: EntityCheck[] = [];
  for (const article of gold.articles) {
    const row = tables.articles.find((a) => a.title === article.title);
    const ids = new Set(tables.mentions.filter((m) => m.article_id === row?.article_id).map((m) => m.entity_id));
    const entities = tables.entities.filter((e) => ids.has(e.entity_id));
    const namesOf = (entity: EntityRow) => [entity.name, ...entity.aliases].map(nameKey);
    const optional = new Set(article.optional.map(nameKey));
    for (const [type, list] of TYPES) {
      const ofType = entities.filter((e) => e.type === type);
      const expected = article[list];
      const missing = expected.filter((name) => !ofType.some((e) => namesOf(e).includes(nameKey(name))));
      const allowed = new Set([...TYPES.flatMap(([, l]) => article[l]).map(nameKey), ...optional]);
      const unexpected = ofType.filter((e) => !namesOf(e).some((name) => allowed.has(name))).map((e) => e.name);
      checks.push({ article: article.key, type, gold: expected.length, found: expected.length - missing.length, missing, unexpected });
    }
  }
  return checks;
}

/** Gold roles the run's entities do not hold (as "Role of Place"). */
export function missingRoles(gold: SeedsGold, tables: RunTables): string[] {
  return gold.articles.flatMap((article) =>
    article.roles
      .filter(({ person, role, of }) => {
        const entity = tables.entities.find((e) => e.type === 'PERSON' && nameKey(e.name) === nameKey(person));
        return !entity?.roles.some((held) => nameKey(held) === nameKey(`${role} of ${of}`));
      })
      .map(({ person, role, of }) => `${person}: ${role} of ${of}`),
  );
}

/** Quote text as the gold compares it: punctuation and spaces trimmed at both ends, case and apostrophes folded. */
function quoteKey(text: string): string {
  return nameKey(text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''));
}

export interface QuoteCheck {
  readonly article: string;
  /** Gold quotes not found, or found with another kind, speaker, cue or outlet: `what: expected / got`. */
  readonly problems: readonly string[];
  /** Direct and partial quotes the run has that the gold does not. */
  readonly extra: readonly string[];
}

/** Every gold quote (direct, partial and indirect) found with its kind, speaker, cue and the outlet the gold names; no extra direct or partial quote. */
export function checkQuotes(gold: SeedsGold, tables: RunTables): QuoteCheck[] {
  return gold.articles.map((article) => {
    const id = tables.articles.find((a) => a.title === article.title)?.article_id;
    const rows = tables.quotes.filter((q) => q.article_id === id);
    const problems: string[] = [];
    const expected = [...article.quotes, ...article.indirect.map((q) => ({ ...q, kind: 'indirect' }))];
    for (const quote of expected) {
      const row = rows.find((r) => quoteKey(r.text) === quoteKey(quote.text));
      // The gold names an outlet where there is one to name; where it names none, the outlet is not checked.
      const want = `${quote.kind}, ${quote.speaker}, ${quote.cue ?? '-'}${quote.via ? ` via ${quote.via}` : ''}`;
      const got = row === undefined ? 'not found' : `${row.kind}, ${row.speaker}, ${row.cue || '-'}${quote.via && row.via ? ` via ${row.via}` : ''}`;
      if (nameKey(want) !== nameKey(got)) problems.push(`"${quote.text.slice(0, 40)}": ${want} / ${got}`);
    }
    const golden = new Set(expected.map((q) => quoteKey(q.text)));
    const extra = rows.filter((r) => r.kind !== 'indirect' && !golden.has(quoteKey(r.text))).map((r) => `${r.kind}: ${r.text.slice(0, 50)}`);
    return { article: article.key, problems, extra };
  });
}

/**
 * What the relations must hold for the gold: a HAS_ROLE for every role (person, role, of), a MET for every
 * pair, a SAID for every quote with a speaker, and a REPORTED for every outlet the gold names. Returns what is missing.
 */
export function missingRelations(gold: SeedsGold, tables: RunTables): string[] {
  const missing: string[] = [];
  const has = (predicate: string, test: (r: RelationRow) => boolean) => tables.relations.some((r) => r.predicate === predicate && test(r));
  const same = (a: string, b: string) => nameKey(a) === nameKey(b);
  for (const article of gold.articles) {
    for (const { person, role, of } of article.roles) {
      if (!has('HAS_ROLE', (r) => same(r.subject, person) && same(r.object, role) && same(r.qualifier, of))) missing.push(`HAS_ROLE ${person} ${role} ${of}`);
    }
    for (const [a, b] of article.met) {
      if (!has('MET', (r) => (same(r.subject, a) && same(r.object, b)) || (same(r.subject, b) && same(r.object, a)))) missing.push(`MET ${a} ${b}`);
    }
    for (const via of article.quotes.flatMap((q) => (q.via ? [q.via] : []))) {
      if (!has('REPORTED', (r) => same(r.subject, via))) missing.push(`REPORTED ${via}`);
    }
  }
  for (const quote of tables.quotes.filter((q) => q.speaker !== '')) {
    if (!has('SAID', (r) => r.object_id === quote.quote_id)) missing.push(`SAID for ${quote.quote_id}`);
  }
  return missing;
}
