import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled buffers). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}

/** The last path segment of any URI, percent-decoded: what the document is named. */
export function fileNameOfUri(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
