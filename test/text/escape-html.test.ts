import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/text/escape-html.js';

test('escapes the five characters that matter in content and attributes', () => {
  assert.equal(escapeHtml(`<a href="x">Tom's & co</a>`), '&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;');
});

test('escapes an ampersand once, so escaped text is not escaped again by accident', () => {
  assert.equal(escapeHtml('&lt;'), '&amp;lt;');
  assert.equal(escapeHtml('plain text'), 'plain text');
});
