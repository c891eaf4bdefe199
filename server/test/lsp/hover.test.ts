import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { openFixtureMemo } from './fixtureWorkspace';

import { cleanupAfterEach } from '../cleanupAfterEach';

describe('hover', () => {
  const cleanups = cleanupAfterEach();

  it('shows the status, the reference value and the full citation over a figure [engine]', async () => {
    const { session, uri } = await openFixtureMemo(cleanups);

    const hover = await session.hover(uri, 2, 22);

    expect(hover?.range).toMatchObject({ start: { line: 2, character: 21 } });
    const contents = hover?.contents as MarkupContent;
    expect(contents.kind).toBe('markdown');
    expect(contents.value).toContain('Conflicts with the reference');
    expect(contents.value).toContain('350 groups');
    expect(contents.value).toContain('Privy Council Office, Memorandum for the Prime Minister, 2024');
    expect(contents.value).toContain('2024\\-06');
  });

  it('is empty away from figures', async () => {
    const { session, uri } = await openFixtureMemo(cleanups);

    expect(await session.hover(uri, 0, 3)).toBeNull();
  });
});
