import type { ArticleEntity, EntityType } from '../core/types.js';
import { isShouted } from '../language/lexicon/index.js';
import type { Db } from './open.js';
import type { RunRange } from './read.js';

/** An entity merged over every article up to a moment: name, type and place as the first article knew it. */
export interface StoredEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly country: string;
  readonly geonamesId: string;
  readonly articles: number;
  readonly mentions: number;
}

interface EntityRecord {
  entity_id: string;
  type: EntityType;
  name: string;
  country: string;
  geonames_id: string;
  mentions: number;
  aliases: string;
  roles: string;
}

/**
 * The entities of the store. Each article's view of an entity is kept (`entity_articles`), and the totals of
 * every entity are kept up at each commit (`entities`), so that a night reads the entities it touched as they
 * stand without going over their history. A range that ends before now merges the articles' views instead.
 */
export class Entities {
  private readonly insertView;
  private readonly total;
  private readonly putTotal;
  private readonly touched;
  private readonly views;
  private readonly lastSeq;

  constructor(private readonly db: Db) {
    this.insertView = db.prepare('INSERT INTO entity_articles (entity_id, seq, type, name, country, geonames_id, mentions, aliases, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.total = db.prepare<[string], EntityRecord & { articles: number }>('SELECT * FROM entities WHERE entity_id = ?');
    this.putTotal = db.prepare('INSERT OR REPLACE INTO entities (entity_id, type, name, country, geonames_id, articles, mentions, aliases, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    // The range's articles name their entities in their mentions, which are kept in article order.
    this.touched = db.prepare<[number, number], string>('SELECT DISTINCT entity_id FROM mentions WHERE seq BETWEEN ? AND ? ORDER BY entity_id').pluck();
    this.views = db.prepare<[string, number], EntityRecord>('SELECT * FROM entity_articles WHERE entity_id = ? AND seq <= ? ORDER BY seq');
    this.lastSeq = db.prepare('SELECT MAX(seq) FROM articles').pluck();
  }

  /** Adds an article's view of its entities (inside the article's commit). */
  add(seq: number, entities: readonly ArticleEntity[]): void {
    for (const entity of entities) {
      const roles = [...new Set(entity.roles.map((role) => (role.of ? `${role.role} of ${role.of}` : role.role)))];
      const view: EntityRecord = {
        entity_id: entity.id, type: entity.type, name: entity.name, country: entity.country, geonames_id: entity.geonamesId, mentions: entity.mentionCount,
        aliases: JSON.stringify(entity.aliases), roles: JSON.stringify(roles),
      };
      this.insertView.run(view.entity_id, seq, view.type, view.name, view.country, view.geonames_id, view.mentions, view.aliases, view.roles);
      const total = this.total.get(entity.id);
      this.put(total === undefined ? merge([view]) : merge([total, view], total.articles - 1));
    }
  }

  /** Every entity the articles of a range mention, sorted by id, as they stood at the range's end. */
  of(range: RunRange): StoredEntity[] {
    const ids = this.touched.all(range.fromSeq, range.toSeq);
    if (range.toSeq >= ((this.lastSeq.get() as number | null) ?? 0)) {
      return ids.map((id) => {
        const total = this.total.get(id) as EntityRecord & { articles: number };
        return merge([total], total.articles - 1);
      });
    }
    return ids.map((id) => merge(this.views.all(id, range.toSeq)));
  }

  /** Makes every total again from the articles' views (after a prune dropped some). */
  rebuild(): void {
    this.db.exec('DELETE FROM entities');
    const ids = this.db.prepare('SELECT DISTINCT entity_id FROM entity_articles').pluck().all() as string[];
    for (const id of ids) this.put(merge(this.views.all(id, Number.MAX_SAFE_INTEGER)));
  }

  private put(entity: StoredEntity): void {
    this.putTotal.run(entity.id, entity.type, entity.name, entity.country, entity.geonamesId, entity.articles, entity.mentions, JSON.stringify(entity.aliases), JSON.stringify(entity.roles));
  }
}

/**
 * Merges views of an entity, in commit order: the first gives type and place, and its name unless written in
 * capitals (a dateline's "NEW YORK", not an acronym: `isShouted`), where the first written in mixed case names
 * it; aliases and roles are the union, sorted; mentions the sum; articles one per view, plus `moreArticles` a
 * merged total stands for.
 */
function merge(views: readonly EntityRecord[], moreArticles = 0): StoredEntity {
  const first = views[0] as EntityRecord;
  const name = isShouted(first.name, first.type) ? (views.find((view) => !isShouted(view.name, view.type)) ?? first).name : first.name;
  const aliases = new Set<string>();
  const roles = new Set<string>();
  let mentions = 0;
  for (const view of views) {
    (JSON.parse(view.aliases) as string[]).forEach((alias) => aliases.add(alias));
    (JSON.parse(view.roles) as string[]).forEach((role) => roles.add(role));
    mentions += view.mentions;
  }
  return {
    id: first.entity_id, type: first.type, name, aliases: [...aliases].sort(), roles: [...roles].sort(), country: first.country,
    geonamesId: first.geonames_id, articles: views.length + moreArticles, mentions,
  };
}
