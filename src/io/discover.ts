import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../core/diagnostics.js';
import type { Diagnostic, InputFormat } from '../core/types.js';

export interface InputFile {
  /** Path relative to the working directory, `/`-separated: the name the file has in every output. */
  readonly path: string;
  readonly absolute: string;
  readonly format: InputFormat;
  /** Size in bytes when it was found. */
  readonly bytes: number;
  /** When it last changed, in milliseconds (with its size: whether it may be what an earlier run read). */
  readonly mtimeMs: number;
}

export interface Discovered {
  /** Every file to read, sorted by path so that the run does not depend on argument or directory order. */
  readonly files: InputFile[];
  readonly diagnostics: Diagnostic[];
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/**
 * Expands the command line's files and folders into input files. Folders are read recursively; hidden
 * entries are skipped; a symbolic link that leads back into a folder being read is reported, not followed.
 */
export async function discoverInputs(args: readonly string[], cwd: string): Promise<Discovered> {
  const found = new Map<string, InputFile>();
  const diagnostics: Diagnostic[] = [];
  const visit = async (absolute: string, ancestors: ReadonlySet<string>): Promise<void> => {
    const name = relativeName(absolute, cwd);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') diagnostics.push(diagnostic('discover/symlink-loop', name, 'a symbolic link points to itself; skipped'));
      else if (code === 'ENOENT') {
        const dangling = await lstat(absolute).then(() => true, () => false);
        diagnostics.push(diagnostic('discover/not-found', name, dangling ? 'a symbolic link points to nothing' : 'no such file or folder; check the path'));
      } else diagnostics.push(diagnostic('discover/unreadable', name, `cannot be read (${code ?? String(error)})`));
      return;
    }
    if (info.isFile()) {
      found.set(name, { path: name, absolute, format: JSONL_EXTENSIONS.has(path.extname(absolute).toLowerCase()) ? 'jsonl' : 'dump', bytes: info.size, mtimeMs: info.mtimeMs });
      return;
    }
    if (!info.isDirectory()) {
      // A FIFO, socket or device: reading it could block the run forever.
      diagnostics.push(diagnostic('discover/unreadable', name, 'not a regular file (a FIFO, socket or device); skipped'));
      return;
    }
    const real = await realpath(absolute);
    if (ancestors.has(real)) {
      diagnostics.push(diagnostic('discover/symlink-loop', name, `a symbolic link leads back to ${relativeName(real, cwd)}; not followed`));
      return;
    }
    let entries: string[];
    try {
      entries = await readdir(absolute);
    } catch (error) {
      diagnostics.push(diagnostic('discover/unreadable', name, `folder cannot be listed (${(error as NodeJS.ErrnoException).code ?? String(error)})`));
      return;
    }
    const inside = new Set([...ancestors, real]);
    for (const entry of entries.sort()) {
      if (entry.startsWith('.')) {
        diagnostics.push(diagnostic('discover/hidden-skipped', relativeName(path.join(absolute, entry), cwd), 'hidden entry skipped'));
        continue;
      }
      await visit(path.join(absolute, entry), inside);
    }
  };
  for (const arg of args) await visit(path.resolve(cwd, arg), new Set());
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}

/** The name a file has in the outputs: relative to the working directory when inside it, with `/`. */
export function relativeName(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const name = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return name.split(path.sep).join('/');
}
