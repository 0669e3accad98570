/**
 * The store's schema, as the migrations that build it: a store at version N has had migrations 1 … N run on
 * it, and opening it runs the rest. Every table of analysis rows is keyed by the article's `seq` (the order
 * articles were committed in, which is the order of every output table) and the row's place in the article.
 * Text that an article's fields hold (a mention, a quote, an evidence sentence) is kept as offsets and read
 * back from the article: the store holds each text once.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first store.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  -- One row per run into the folder; 'delivered' once its tables were committed into the folder.
  CREATE TABLE runs (
    run INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    analysis TEXT NOT NULL,
    delivered INTEGER NOT NULL DEFAULT 0
  );

  -- Inputs by the sha256 of their bytes: an input seen again, under any path, is not analysed again.
  CREATE TABLE inputs (
    sha256 TEXT PRIMARY KEY,
    run INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    format TEXT NOT NULL,
    outcome TEXT NOT NULL,
    articles INTEGER NOT NULL,
    diagnostics TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE input_paths (
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    run INTEGER NOT NULL,
    PRIMARY KEY (sha256, path)
  ) WITHOUT ROWID;
  -- The last bytes seen at each file, with its size and time of change: a feed folder given whole every night
  -- is not read again where nothing changed (the check rsync and make make).
  CREATE TABLE input_files (
    absolute TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ms INTEGER NOT NULL,
    sha256 TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    run INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    caption TEXT NOT NULL,
    credit TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT NOT NULL,
    external_id TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    source_line INTEGER NOT NULL,
    exact TEXT NOT NULL
  );
  CREATE INDEX articles_run ON articles (run);
  CREATE INDEX articles_exact ON articles (exact);

  -- The dedupe index: each kept article's key in each LSH band of its MinHash signature (the signature itself is
  -- made again from the article's words for the few candidates a lookup finds).
  CREATE TABLE bands (band INTEGER NOT NULL, key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (band, key, seq)) WITHOUT ROWID;

  CREATE TABLE duplicates (
    seq INTEGER PRIMARY KEY,
    run INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    duplicate_of TEXT NOT NULL,
    kind TEXT NOT NULL,
    similarity REAL NOT NULL,
    source TEXT NOT NULL
  );
  CREATE INDEX duplicates_of ON duplicates (duplicate_of);
  CREATE INDEX duplicates_run ON duplicates (run);

  -- Every entity as it stands now, kept up at each commit: a night's entity rows are read from here.
  CREATE TABLE entities (
    entity_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    geonames_id TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL
  ) WITHOUT ROWID;

  -- An entity as one article knows it; the entity rows of a range that ends before now are merged from these.
  CREATE TABLE entity_articles (
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    geonames_id TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    PRIMARY KEY (seq, entity_id)
  ) WITHOUT ROWID;
  CREATE INDEX entity_articles_entity ON entity_articles (entity_id, seq);

  CREATE TABLE mentions (
    seq INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    form TEXT NOT NULL,
    PRIMARY KEY (seq, ord)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    seq INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    quote_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    speaker_id TEXT NOT NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT NOT NULL,
    via TEXT NOT NULL,
    via_id TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (seq, ord)
  ) WITHOUT ROWID;

  -- A relation's object that is a quote or the article is written as the quote's text or the headline: kept
  -- here as NULL, read from the quote or the article. MENTIONED_IN is not kept: it is the first mention of each
  -- entity, made again from the mentions.
  CREATE TABLE relations (
    seq INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    relation_id TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object_id TEXT NOT NULL,
    object TEXT,
    object_type TEXT NOT NULL,
    qualifier_id TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    field TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (seq, ord)
  ) WITHOUT ROWID;
  `,
  // 2: who said what across the whole history, by speaker (analysts' queries of the store).
  `
  CREATE INDEX quotes_speaker ON quotes (speaker_id);
  `,
];

/** The schema version this build writes: the number of migrations. */
export const SCHEMA_VERSION = MIGRATIONS.length;
