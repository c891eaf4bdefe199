import { stat } from 'node:fs/promises';

/** Whether a path is a folder, something else that exists, or nothing (missing or unreachable). */
export async function pathKind(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}
