import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nameKey } from '../lexicon/index.js';
import type { ArticleRow, EntityRow, MentionRow } from '../write/tables.js';

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
}

/** The tables of a run, read back from its JSONL files. */
export interface RunTables {
  readonly articles: readonly ArticleRow[];
  readonly entities: readonly EntityRow[];
  readonly mentions: readonly MentionRow[];
}

export async function readRunTables(out: string): Promise<RunTables> {
  const read = async <T>(name: string) =>
    (await readFile(path.join(out, `${name}.jsonl`), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as T);
  return { articles: await read('articles'), entities: await read('entities'), mentions: await read('mentions') };
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
