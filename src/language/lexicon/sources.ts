/** The word clusters the NER tagger reads, written by `npm run train -- --only clusters`. */
export const WORD_CLUSTERS_FILE = 'models/word-clusters.tsv.gz';
/** Clusters at each of their two levels: a cluster id is `coarse * WORD_CLUSTERS_PER_LEVEL + fine`. */
export const WORD_CLUSTERS_PER_LEVEL = 32;

/** The genders of given names, written by `npm run train -- --only first-names`. */
export const FIRST_NAMES_FILE = 'lexicons/first-names-us.tsv.gz';

/** What of `data/` the lexicon is built from: whole folders, and single files. */
export const LEXICON_DATA = { folders: ['gazetteer', 'lexicons'], files: [WORD_CLUSTERS_FILE] } as const;
