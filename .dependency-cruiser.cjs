/**
 * The house rules of whosaid's code, checked by `npm test` (dependency-cruiser). Layers, lowest first: a module
 * imports from its own layer and the ones below it, never from one above.
 */
const LAYERS = ['core', 'io', 'language', 'stages', 'ingest', 'store', 'outputs', 'run', 'fleet', 'cli', 'tools', 'pipelines'];
const FOLDERS = {
  core: '^src/core/',
  io: '^src/io/',
  language: '^src/language/',
  stages: '^src/stages/',
  ingest: '^src/ingest/',
  store: '^src/store/',
  outputs: '^src/outputs/',
  run: '^src/run/',
  fleet: '^src/fleet/',
  cli: '^src/cli/',
  tools: '^src/(eval|train|bench)/',
  pipelines: '^pipelines/',
};

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `${layer} is below ${LAYERS.slice(i + 1).join(', ')}: it must not import them`,
  severity: 'error',
  from: { path: FOLDERS[layer] },
  to: { path: LAYERS.slice(i + 1).map((above) => FOLDERS[above]) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'stages-apart',
      comment: 'a stage never imports another stage: what they share lives in core or language',
      severity: 'error',
      from: { path: '^src/stages/([^/]+)/' },
      to: { path: '^src/stages/', pathNot: ['^src/stages/$1/', '^src/stages/compose\\.ts$'] },
    },
    {
      name: 'file-system-in-io',
      comment: 'the file system is io\'s: stages, store and outputs get bytes and sinks, so they run anywhere (a worker, a test)',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/io/', '^src/(eval|train|bench)/'] },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'worker-analyses-only',
      comment: 'a worker thread or fleet worker loads the stages, not the night, the store or the outputs',
      severity: 'error',
      from: { path: '^pipelines/(worker|stages)\\.ts$' },
      to: { path: ['^src/(run/night|store|outputs)', '^pipelines/whosaid'] },
    },
    {
      name: 'no-cycles',
      comment: 'modules that need each other at run time are one module (a cycle of type imports is harmless)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'tests-not-in-code',
      severity: 'error',
      from: { path: '^(src|pipelines)/' },
      to: { path: '^test/' },
    },
    {
      name: 'dev-packages-not-in-code',
      comment: 'the code that runs in production uses dependencies, not devDependencies (the bench and tools may)',
      severity: 'error',
      from: { path: '^(src|pipelines)/', pathNot: ['^src/(eval|train|bench)/', '^pipelines/(bench|bench-run|eval|train|generate)\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
