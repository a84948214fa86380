import { describe, expect, it } from 'vitest';
import { SourceLocator } from '@/lib/cli/source-map';

describe('SourceLocator', () => {
  it('finds text nodes in order, skipping markup, comments and raw-text elements', () => {
    const html = '<title>call 1</title><script>"call 1"</script><!-- call 1 --><p>call 1</p><p>call 2</p>';
    const locator = new SourceLocator(html);
    const first = locator.locate('call 1');
    expect(first?.[0]).toBe(html.indexOf('<p>call 1') + 3);
    const second = locator.locate('call 2');
    expect(second?.[0]).toBe(html.indexOf('call 2'));
  });

  it('maps characters decoded from references back to the reference', () => {
    const html = '<p>EE&amp;Vodafone&nbsp;+44</p>';
    const offsets = new SourceLocator(html).locate('EE&Vodafone\u00a0+44');
    expect(offsets).not.toBeNull();
    expect(html.slice(offsets?.[2], offsets?.[3])).toBe('&amp;');
    expect(html.slice(offsets?.[11], offsets?.[12])).toBe('&nbsp;');
    expect(html.slice(offsets?.[12], offsets?.at(-1))).toBe('+44');
  });

  it('reports a text it cannot find', () => {
    expect(new SourceLocator('<p>one</p>').locate('two')).toBeNull();
  });
});
