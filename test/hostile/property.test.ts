import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { everyOffsetHolds, everyOutputParses, inTempDir, sharedStages } from '../helpers.js';

/** Text made of the pieces news and its accidents are made of: names, quote marks, TT lines, blank lines, any Unicode. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '“', '”', '‘', '’', "''", '«', '»', 'TT', '\n', '\n\n', '\r\n', ' said ', ' told reporters ', 'Wang Yi', 'Foreign Minister ', 'Paris', 'U.S.', '😀', '🇨🇳', ' ', '.', ',', ':', '\t', '=1+1', '@x', '-'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

describe('hostile input: properties', () => {
  it('test_property_random_text_and_bytes_never_throw_and_every_offset_and_file_holds', async () => {
    await fc.assert(
      fc.asyncProperty(newsish, newsish, fc.uint8Array({ maxLength: 3000 }), async (dump, title, bytes) => {
        await inTempDir(async (dir) => {
          await writeFile(path.join(dir, 'dump.txt'), dump);
          await writeFile(path.join(dir, 'headed.txt'), `${title}\n\nTT\n\n${title}\n\n${dump}`);
          await writeFile(path.join(dir, 'random.bin'), bytes);
          await writeFile(path.join(dir, 'articles.jsonl'), `${JSON.stringify({ id: 'p', title, text: dump })}\n${dump}\n`);
          const report = await runWhosaid({ inputs: [dir], out: path.join(dir, 'out'), cwd: dir, stages: sharedStages });
          expect([0, 1]).toContain(report.exitCode);
          await everyOutputParses(path.join(dir, 'out'));
          await everyOffsetHolds(path.join(dir, 'out'));
        });
      }),
      { numRuns: 40, seed: 20261122 },
    );
  }, 600_000);
});
