import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fileLines } from '../../src/io/file-lines.js';
import { inTempDir } from '../helpers.js';

/** Lines where 1-, 2-, 3- and 4-byte characters fall across any small buffer. */
const MIXED = 'Ab, é; “quoted” 北京 😀 end';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const found: string[] = [];
  for await (const line of lines) found.push(line);
  return found;
}

describe('io: file lines', () => {
  it('test_file_lines_gives_every_non_empty_line_whatever_the_buffer_size', async () => {
    await inTempDir(async (dir) => {
      const lines = ['{"a":1}', MIXED, 'x'.repeat(100), '😀', '{"last":"no newline"}'];
      const file = path.join(dir, 'lines');
      // Blank lines are skipped; the last line has no newline.
      await writeFile(file, `${lines.slice(0, 3).join('\n')}\n\n${lines.slice(3).join('\n')}`);
      for (const size of [1, 3, 16, 1 << 20]) expect(await collect(fileLines(file, size))).toEqual(lines);
    });
  });

  it('test_file_lines_of_an_empty_file_is_nothing', async () => {
    await inTempDir(async (dir) => {
      const file = path.join(dir, 'empty');
      await writeFile(file, '');
      expect(await collect(fileLines(file, 8))).toEqual([]);
    });
  });
});
