import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { FileSink } from '../../src/io/file-sink.js';
import { inTempDir } from '../helpers.js';

/** Text where 1-, 2-, 3- and 4-byte characters (an emoji is a surrogate pair) fall across any small buffer. */
const MIXED = 'Ab, é; “quoted” 北京 😀 end\n';

describe('io: file sink', () => {
  // A lone surrogate becomes U+FFFD, as Buffer.from makes it: the output does not depend on the writer.
  const texts = [MIXED, 'x', MIXED.repeat(3), '\ud800 lone', '', '😀😀😀'];

  it('test_file_sink_write_gives_the_bytes_of_buffer_from_across_buffer_boundaries', async () => {
    await inTempDir(async (dir) => {
      for (const size of [4, 5, 7, 64]) {
        const file = path.join(dir, `out-${size}`);
        const sink = new FileSink(file, size);
        for (const text of texts) sink.write(text);
        sink.close();
        expect(await readFile(file)).toEqual(Buffer.from(texts.join('')));
      }
    });
  });

  it('test_file_sink_close_without_writes_leaves_an_empty_file', async () => {
    await inTempDir(async (dir) => {
      new FileSink(path.join(dir, 'empty')).close();
      expect(await readFile(path.join(dir, 'empty'), 'utf8')).toBe('');
    });
  });

  it('test_file_sink_refuses_a_buffer_too_small_for_a_character', () => {
    expect(() => new FileSink('unused', 3)).toThrow(RangeError);
  });

  it('test_file_sink_a_failing_write_throws_where_it_is_made', () => {
    // /dev/full fails every write with ENOSPC, as a full disk does.
    const sink = new FileSink('/dev/full', 8);
    expect(() => sink.write('more than eight bytes')).toThrow(/ENOSPC/u);
  });
});
