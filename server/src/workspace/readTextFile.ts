import { readFile, stat } from 'node:fs/promises';
import { BINARY_SNIFF_LENGTH, MAX_FILE_BYTES, megabytes } from '../limits/inputLimits';

export type ReadTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Reads a file as UTF-8 text, refusing (instead of throwing) what cannot be checked: a missing or
 * unreadable file, a folder, a binary file or one over MAX_FILE_BYTES. Callers report the reason
 * and go on with the other files.
 */
export async function readTextFile(file: string): Promise<ReadTextResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, reason: 'not a file' };
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        reason: `too large to read (${megabytes(info.size)} > ${megabytes(MAX_FILE_BYTES)})`,
      };
    }
    const bytes = await readFile(file);
    if (bytes.subarray(0, BINARY_SNIFF_LENGTH).includes(0)) return { ok: false, reason: 'a binary file' };
    // TextDecoder drops a leading BOM, as editors do, so offsets match what the editor shows.
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
}

function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'ENOENT') return 'no such file';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}
