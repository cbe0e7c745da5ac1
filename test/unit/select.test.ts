// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst, selectorParts, SPLIT_FROM_ELEMENTS } from '../../src/content/select.ts';
import { pageOfSize as page } from '../helpers/page-size.ts';

describe('selector lists', () => {
  it('splits a list at its top-level commas only', () => {
    expect(selectorParts('#a, .b ,c[d="e"]')).toEqual(['#a', '.b', 'c[d="e"]']);
    expect(selectorParts('[title="a, b"], :is(p, q) > r, [x=\'1,2\']')).toEqual(['[title="a, b"]', ':is(p, q) > r', "[x='1,2']"]);
    expect(selectorParts('#x\\,y, z')).toEqual(['#x\\,y', 'z']);
    expect(selectorParts('')).toEqual([]);
  });
});

describe.each([
  ['a small page (lists asked whole)', 0],
  ['a large page (lists asked one selector at a time)', SPLIT_FROM_ELEMENTS],
])('selector lists on %s', (_label, size) => {
  it('answers as querySelector and querySelectorAll do: first in document order, each element once', () => {
    page('<div class="b" id="one"></div><p id="a" class="b"></p><span class="c"></span>', size);
    expect(queryFirst(document, '#a, .b')).toBe(document.querySelector('#a, .b'));
    expect(queryFirst(document, '#a, .b')!.id).toBe('one'); // not the first selector's match
    expect(queryAll(document, '.c, #a, .b').map((e) => e.id || e.localName)).toEqual(['one', 'a', 'span']);
    expect(queryAll(document, '.c, #a, .b')).toEqual([...document.querySelectorAll('.c, #a, .b')]);
    expect(queryFirst(document.getElementById('one')!, '.b')).toBeNull(); // within the root only
  });

  it('treats a selector the browser does not know as matching nothing, and the others still answer', () => {
    page('<p id="a"></p>', size);
    expect(document.getElementsByTagName('*').length >= SPLIT_FROM_ELEMENTS).toBe(size > 0);
    expect(queryFirst(document, ':not-a-selector(, #a')).toBeNull();
    expect(queryFirst(document, 'p:unknown-pseudo, #a')!.id).toBe('a');
    expect(queryAll(document, 'p:unknown-pseudo, #a').map((e) => e.id)).toEqual(['a']);
    expect(queryFirst(document, null)).toBeNull();
    expect(queryAll(document, undefined)).toEqual([]);
  });
});
