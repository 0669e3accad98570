import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { FileSink, SyncFileSink } from '../../src/io/file-sink.js';
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
        for (const text of texts) await sink.write(text);
        await sink.close();
        expect(await readFile(file)).toEqual(Buffer.from(texts.join('')));
      }
    });
  });

  it('test_sync_file_sink_write_gives_the_bytes_of_buffer_from_across_buffer_boundaries', async () => {
    await inTempDir(async (dir) => {
      for (const size of [4, 5, 7, 64]) {
        const file = path.join(dir, `out-${size}`);
        const sink = new SyncFileSink(file, size);
        for (const text of texts) sink.write(text);
        sink.close();
        expect(await readFile(file)).toEqual(Buffer.from(texts.join('')));
      }
    });
  });

  it('test_file_sink_copy_appends_a_byte_range_between_writes', async () => {
    await inTempDir(async (dir) => {
      const source = path.join(dir, 'source');
      const bytes = Buffer.from(MIXED.repeat(5));
      await writeFile(source, bytes);
      const file = path.join(dir, 'out');
      const sink = new FileSink(file, 8);
      await sink.write('head|');
      await sink.copy(source, 3, 60);
      await sink.write('|mid|');
      await sink.copy(source, 0, bytes.length);
      await sink.close();
      expect(await readFile(file)).toEqual(Buffer.concat([Buffer.from('head|'), bytes.subarray(3, 60), Buffer.from('|mid|'), bytes]));
    });
  });

  it('test_file_sink_copy_past_the_end_of_the_source_is_an_error', async () => {
    await inTempDir(async (dir) => {
      const source = path.join(dir, 'source');
      await writeFile(source, 'short');
      const sink = new FileSink(path.join(dir, 'out'), 16);
      await expect(sink.copy(source, 0, 10)).rejects.toThrow(/ends at 5, before 10/u);
    });
  });

  it('test_file_sink_close_without_writes_leaves_an_empty_file', async () => {
    await inTempDir(async (dir) => {
      await new FileSink(path.join(dir, 'empty')).close();
      new SyncFileSink(path.join(dir, 'empty-sync')).close();
      expect(await readFile(path.join(dir, 'empty'), 'utf8')).toBe('');
      expect(await readFile(path.join(dir, 'empty-sync'), 'utf8')).toBe('');
    });
  });

  it('test_file_sink_refuses_a_buffer_too_small_for_a_character', () => {
    expect(() => new FileSink('unused', 3)).toThrow(RangeError);
    expect(() => new SyncFileSink('unused', 3)).toThrow(RangeError);
  });
});
