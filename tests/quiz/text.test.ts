import {expect} from '@open-wc/testing';
import {decodeEntities, isBoilerplateLine, looksLikeHtml, plainTextLines, stripInlineMarkdown} from '../../src/quiz/reading/text.js';

const normalizeText = (text: string) => plainTextLines(text).join('\n');

describe('input normalisation', () => {
  describe('looksLikeHtml', () => {
    it('recognises documents and fragments', () => {
      expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).to.equal(true);
      expect(looksLikeHtml('<p>One.</p>')).to.equal(true);
      expect(looksLikeHtml('Line<br/>break')).to.equal(true);
      expect(looksLikeHtml('<!-- note -->text')).to.equal(true);
    });

    it('leaves plain text and markdown alone', () => {
      expect(looksLikeHtml('If a < b and c > d, then...')).to.equal(false);
      expect(looksLikeHtml('## FAQ\n**Q:** <insert time>')).to.equal(false);
      expect(looksLikeHtml('')).to.equal(false);
    });
  });

  describe('decodeEntities', () => {
    it('decodes named entities', () => {
      expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;x&apos; caf&eacute; &mdash; &hellip; &rsquo;')).to.equal('Tom & Jerry <3 "hi" \'x\' café — … ’');
      expect(decodeEntities('&nbsp;&copy;&yuml;&Agrave;&euro;&trade;')).to.equal('\u00a0©ÿÀ€™');
    });

    it('decodes numeric entities, mapping Windows-1252 and rejecting invalid code points', () => {
      expect(decodeEntities('&#8220;x&#x201D; &#39; &#x1F600; &#150; &#0; &#xD800; &#99999999;')).to.equal("“x” ' 😀 – \ufffd \ufffd \ufffd");
    });

    it('leaves unknown or unterminated references alone', () => {
      expect(decodeEntities('AT&T &unknown; &amp')).to.equal('AT&T &unknown; &amp');
    });
  });

  describe('plainTextLines', () => {
    it('normalises Windows and old Mac line ends', () => {
      expect(normalizeText('a\r\nb\rc\n\r\n\r\nd')).to.equal('a\nb\nc\n\nd');
    });

    it('turns non-breaking and other Unicode spaces into plain spaces and collapses runs', () => {
      expect(normalizeText('Kim\u00a0Jong\u202fUn\u2009met  \tLavrov')).to.equal('Kim Jong Un met Lavrov');
    });

    it('removes zero-width characters, soft hyphens and a byte-order mark', () => {
      expect(normalizeText('\ufeffPyong\u200byang\u00ad is\u2060 here')).to.equal('Pyongyang is here');
    });

    it('trims lines and keeps at most one blank line between paragraphs', () => {
      expect(normalizeText('\n\n  One  \n\n\n\n  Two \n\n')).to.equal('One\n\nTwo');
    });

    it('decodes entities left in plain text', () => {
      expect(normalizeText('AT&amp;T said &quot;no&quot; &#8212; twice')).to.equal('AT&T said "no" — twice');
    });

    it('returns "" for empty or blank input', () => {
      expect(normalizeText('')).to.equal('');
      expect(normalizeText(' \n\t\r\n ')).to.equal('');
    });
  });

  describe('isBoilerplateLine', () => {
    it('recognises captions, credits, bylines, trailers, URLs, link-only lines and contents labels', () => {
      for (const line of [
        'Image: Kim in Seoul',
        'Photo credit: KCNA',
        '**Read more:** x',
        'Advertisement',
        'By Jane Doe',
        'By Jane Doe and John Roe · Oct 20',
        'Reporting by Jane Doe; Editing by John Roe',
        '(Additional reporting by Kim)',
        'Our Standards: The Thomson Reuters Trust Principles.',
        '© 2026 News Co.',
        'https://example.com/a',
        '[Original Story](https://x.y)',
        '![Kim](/k.jpg)',
        'Table of contents',
      ]) {
        expect(isBoilerplateLine(line), line).to.equal(true);
      }
    });

    it('keeps prose, including sentences that start like a byline', () => {
      for (const line of ['By Monday, talks had ended.', 'Kim met Lavrov.', 'Sources say the deal is close.', 'Photos show the site.', 'by the way it rained.']) {
        expect(isBoilerplateLine(line), line).to.equal(false);
      }
    });
  });

  describe('stripInlineMarkdown', () => {
    it('removes bold, italics, code and links but keeps their text', () => {
      expect(stripInlineMarkdown('**Real Madrid**\'s *new* `code` and [a link](/x "t") ![img](/i.png)')).to.equal("Real Madrid's new code and a link img");
    });

    it('leaves arithmetic and snake_case alone', () => {
      expect(stripInlineMarkdown('2 * 3 * 4 is 24 and snake_case_name stays')).to.equal('2 * 3 * 4 is 24 and snake_case_name stays');
    });

    it('stays fast on pathological lines', () => {
      const line = '['.repeat(200_000) + '*'.repeat(200_000) + ' *a'.repeat(50_000);
      const started = performance.now();
      stripInlineMarkdown(line);
      // Super-linear backtracking would take minutes; the bound is loose for loaded machines and coverage.
      expect(performance.now() - started).to.be.lessThan(3000);
    });
  });
});
