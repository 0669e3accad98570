/**
 * One measured program of `npm run bench`, as a process of its own so that its time and peak memory are its
 * own: `whosaid INPUT OUT CONCURRENCY [full] [QUEUE]`, `export DIR OUT`, or a baseline over a JSONL file
 * (`compromise FILE`, `wink FILE`). Prints one JSON line: peak resident memory in MB and what it made.
 */
import { readFileSync } from 'node:fs';

// Each program loads only its own code, so that its time and memory are its own.

const [program = '', ...args] = process.argv.slice(2);
const texts = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
  const { title, text } = JSON.parse(line) as { title: string; text: string };
  return `${title}\n\n${text}`;
});
let made: unknown;
switch (program) {
  case 'whosaid': {
    const [input = '', out = '', concurrency = '1', full = '', queue] = args;
    const { runWhosaid } = await import('./whosaid.js');
    const report = await runWhosaid({ inputs: [input], out, concurrency: Number(concurrency), full: full === 'full', ...(queue === undefined ? {} : { queue }) });
    made = { counts: report.counts, stageMs: report.stageMs, store: report.store, exitCode: report.exitCode };
    break;
  }
  case 'export': {
    const [dir = '', out = ''] = args;
    const { exportWhosaid } = await import('./whosaid.js');
    made = exportWhosaid({ dir, out }).counts;
    break;
  }
  case 'compromise': {
    const { default: nlp } = await import('compromise');
    let names = 0;
    for (const text of texts(args[0] ?? '')) {
      const doc = nlp(text);
      names += doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    }
    made = { names };
    break;
  }
  case 'wink': {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const wink = winkNLP(model);
    let entities = 0;
    for (const text of texts(args[0] ?? '')) {
      const doc = wink.readDoc(text);
      entities += doc.entities().length();
      doc.sentences().out();
      doc.tokens().out(wink.its.pos);
    }
    made = { entities };
    break;
  }
  default:
    process.stderr.write(`bench-run: unknown program "${program}"\n`);
    process.exit(2);
}
process.stdout.write(`${JSON.stringify({ peakMb: Math.round(process.resourceUsage().maxRSS / 1024), made })}\n`);
