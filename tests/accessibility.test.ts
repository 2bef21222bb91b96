import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, findAccessibilityNode, sendKeys, setViewport} from '@web/test-runner-commands';
import type {NewsQuiz} from '../src/news-quiz.js';
import '../src/news-quiz.js';

const seedArticle = await (await fetch('/demo/seed-article.txt')).text();
const isFirefox = /Firefox\//.test(navigator.userAgent);

const $ = (el: NewsQuiz, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: NewsQuiz, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector)) as HTMLElement[];
const active = (el: NewsQuiz) => el.shadowRoot!.activeElement as HTMLElement | null;

interface AxNode {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  level?: number;
  children?: AxNode[];
}

/** The full accessibility tree of the widget (scripts/a11y-tree-plugin.mjs), as a screen reader gets it. */
async function snapshot(): Promise<AxNode> {
  return (await executeServerCommand('a11y-tree', {selector: 'news-quiz'})) as AxNode;
}

function find(tree: AxNode, test: (node: AxNode) => boolean): AxNode | null {
  return findAccessibilityNode(tree as AxNode & {children: AxNode[]}, test);
}

function all(tree: AxNode, test: (node: AxNode) => boolean): AxNode[] {
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (test(node)) found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

async function quiz(attrs = ''): Promise<NewsQuiz> {
  const wrapper = await fixture<HTMLElement>(html`<div><news-quiz .article=${seedArticle} seed="a11y" count="2"></news-quiz><button id="after">After the quiz</button></div>`);
  const el = wrapper.querySelector('news-quiz')!;
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(...(attr.split('=') as [string, string]));
  await el.updateComplete;
  return el;
}

async function click(el: NewsQuiz, selector: string) {
  $(el, selector)!.click();
  await elementUpdated(el);
}

/** Calls `visit` on every screen a reader reaches: start, question, hint, feedback (wrong), result with review open. */
async function everyState(el: NewsQuiz, visit: (state: string) => Promise<void>) {
  await visit('start');
  await click(el, '[part~="start-button"]');
  await visit('question');
  await click(el, '[part~="check-button"]');
  await visit('hint');
  const [first, second] = el.questions;
  ($$(el, 'input[type=radio]') as HTMLInputElement[]).find((input) => input.value !== first.answer)!.click();
  await click(el, '[part~="check-button"]');
  await visit('feedback');
  await click(el, '[part~="next-button"]');
  ($$(el, 'input[type=radio]') as HTMLInputElement[]).find((input) => input.value === second.answer)!.click();
  await click(el, '[part~="check-button"]');
  await click(el, '[part~="next-button"]');
  ($(el, 'details') as HTMLDetailsElement).open = true;
  await visit('result');
}

/** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('accessibility', () => {
  afterEach(async () => {
    await setViewport({width: 800, height: 600});
  });

  it('names every control for assistive technology: question group, radios, buttons, result heading', async function () {
    // The accessibility tree comes from the Chrome DevTools Protocol.
    if (isFirefox) this.skip();
    const el = await quiz();
    let tree = await snapshot();
    expect(
      find(tree, (node) => node.role === 'button' && node.name === 'Start quiz'),
      'Start button'
    ).to.exist;
    expect(
      find(tree, (node) => node.role === 'heading' && node.name === 'Test what you just read' && node.level === 2),
      'title heading'
    ).to.exist;
    await click(el, '[part~="start-button"]');
    tree = await snapshot();
    const question = el.questions[0];
    // The choices are one radio group, named by the question and described by its number.
    const group = find(tree, (node) => node.role === 'radiogroup' && node.name === question.prompt);
    expect(group, 'the question group').to.exist;
    expect(group!.description).to.equal('Question 1 of 2');
    const radios = all(group!, (node) => node.role === 'radio');
    expect(radios.map((radio) => radio.name)).to.deep.equal(question.choices.map((choice) => choice.text));
    expect(
      find(tree, (node) => node.role === 'button' && node.name === 'Check answer'),
      'Check button'
    ).to.exist;
    // After checking: the verdict is in a status region, the marks are text, the radios are disabled.
    ($$(el, 'input[type=radio]') as HTMLInputElement[]).find((input) => input.value === question.answer)!.click();
    await click(el, '[part~="check-button"]');
    tree = await snapshot();
    expect(
      find(tree, (node) => node.role === 'status' && /Correct!/.test(JSON.stringify(node))),
      'feedback in a status region'
    ).to.exist;
    const checked = find(tree, (node) => node.role === 'radio' && node.checked === true);
    expect(checked?.name).to.contain('Your answer, correct');
    expect(
      find(tree, (node) => node.role === 'button' && node.name === 'Next question'),
      'Next button'
    ).to.exist;
    await click(el, '[part~="next-button"]');
    ($$(el, 'input[type=radio]') as HTMLInputElement[])[0].click();
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
    tree = await snapshot();
    expect(
      find(tree, (node) => node.role === 'heading' && node.name === 'Your result'),
      'result heading'
    ).to.exist;
    expect(
      find(tree, (node) => node.role === 'status' && /You scored/.test(JSON.stringify(node))),
      'score in a status region'
    ).to.exist;
    for (const name of ['Try again', 'Share result'])
      expect(
        find(tree, (node) => node.role === 'button' && node.name === name),
        name
      ).to.exist;
    expect(find(tree, (node) => node.role === 'DisclosureTriangle' || (node.role === 'button' && node.name === 'Review your answers')) ?? find(tree, (node) => node.name === 'Review your answers'), 'review toggle').to
      .exist;
  });

  it('moves focus to the question on Start and Next, to Next after Check, to the result heading at the end, and never traps it', async function () {
    const el = await quiz();
    $(el, '[part~="start-button"]')!.focus();
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    // The question's group (its fieldset, named by its legend): Firefox does not focus a legend.
    expect(active(el)?.tagName, 'after Start').to.equal('FIELDSET');
    expect(active(el)?.querySelector('legend')?.textContent).to.equal(el.questions[0].prompt);
    for (const [i, question] of el.questions.entries()) {
      await sendKeys({press: 'Tab'});
      await sendKeys({type: ' '});
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      expect(active(el)?.getAttribute('part'), `after Check ${i + 1}`).to.contain('next-button');
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      if (i < el.questions.length - 1) {
        expect(active(el)?.tagName, `after Next ${i + 1}`).to.equal('FIELDSET');
        expect(active(el)?.querySelector('legend')?.textContent).to.equal(el.questions[i + 1].prompt);
      } else {
        expect(question.id).to.be.a('string');
      }
    }
    expect(active(el)?.getAttribute('part'), 'at the end').to.contain('title');
    expect(active(el)?.tagName).to.equal('H2');
    // Tab walks through the result's controls and out of the widget.
    const stops: string[] = [];
    for (let i = 0; i < 6 && document.activeElement === el; i++) {
      await sendKeys({press: 'Tab'});
      stops.push(document.activeElement === el ? (active(el)?.textContent ?? '').trim() : (document.activeElement?.textContent ?? ''));
    }
    expect(stops).to.deep.equal(['Review your answers', 'Try again', 'Share result', 'After the quiz']);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(active(el)?.textContent?.trim(), 'and back in').to.equal('Share result');
  });

  it('names the Back button, and with mode="all" makes each question a radio group named by its question and described by its number', async function () {
    if (isFirefox) this.skip();
    const el = await quiz();
    await click(el, '[part~="start-button"]');
    ($$(el, 'input[type=radio]') as HTMLInputElement[])[0].click();
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
    let tree = await snapshot();
    expect(
      find(tree, (node) => node.role === 'button' && node.name === 'Back'),
      'Back button'
    ).to.exist;
    expect(find(tree, (node) => node.role === 'radiogroup' && node.name === el.questions[1].prompt)?.description).to.equal('Question 2 of 2');

    el.setAttribute('mode', 'all');
    el.reset();
    await elementUpdated(el);
    await click(el, '[part~="start-button"]');
    tree = await snapshot();
    const groups = all(tree, (node) => node.role === 'radiogroup');
    expect(groups.map((group) => [group.name, group.description])).to.deep.equal(el.questions.map((question, i) => [question.prompt, `Question ${i + 1} of 2`]));
    for (const [i, group] of groups.entries()) {
      expect(all(group, (node) => node.role === 'radio').map((radio) => radio.name)).to.deep.equal(el.questions[i].choices.map((choice) => choice.text));
    }
    expect(
      find(tree, (node) => node.role === 'button' && node.name === 'Submit answers'),
      'Submit button'
    ).to.exist;
  });

  it('keeps every target at least 24 by 24 px, on every screen', async () => {
    const el = await quiz();
    await everyState(el, async (state) => {
      for (const target of $$(el, 'button, summary, label.choice')) {
        const box = target.getBoundingClientRect();
        expect(box.width, `${state}: ${target.textContent!.trim()} width`).to.be.at.least(24);
        expect(box.height, `${state}: ${target.textContent!.trim()} height`).to.be.at.least(24);
      }
    });
  });

  for (const [name, width, fontSize] of [
    ['320 px wide', 320, ''],
    ['at 200% zoom (640 px wide, text twice as large)', 640, '200%'],
    ['320 px wide in Arabic', 320, ''],
  ] as const) {
    it(`has no horizontal scroll ${name}, on every screen`, async () => {
      await setViewport({width, height: 640});
      const root = document.documentElement;
      root.style.fontSize = fontSize;
      try {
        const el = await quiz(name.includes('Arabic') ? 'lang=ar' : '');
        await everyState(el, async (state) => {
          expect(root.scrollWidth, `${state}: page`).to.be.at.most(root.clientWidth);
          for (const part of $$(el, '*')) {
            const box = part.getBoundingClientRect();
            if (box.width === 0) continue;
            expect(box.right, `${state}: ${part.tagName}.${part.className} right edge`).to.be.at.most(root.clientWidth + 0.5);
            expect(box.left, `${state}: ${part.tagName}.${part.className} left edge`).to.be.at.least(-0.5);
          }
        });
      } finally {
        root.style.fontSize = '';
      }
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`shows a focus ring of 3:1 or more against the background, and passes axe on every screen, in the ${theme} theme`, async function () {
      if (isFirefox) this.skip();
      const el = await quiz(`theme=${theme}`);
      const background = getComputedStyle($(el, '.base')!).backgroundColor;
      await everyState(el, async (state) => {
        await expect(el, state).to.be.accessible();
        for (const target of $$(el, 'button, summary')) {
          const style = getComputedStyle(target);
          expect(
            contrast(style.backgroundColor === 'rgba(0, 0, 0, 0)' ? background : style.backgroundColor, background) >= 3 || contrast(style.borderTopColor, background) >= 3,
            `${state}: ${target.textContent!.trim()} control`
          ).to.be.true;
        }
      });
      // The ring itself, on a button and on a choice, as the keyboard shows it.
      el.reset();
      await elementUpdated(el);
      $(el, '[part~="start-button"]')!.focus();
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      await sendKeys({press: 'Tab'});
      const choice = active(el)!.closest('label')!;
      const ring = getComputedStyle(choice);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(contrast(ring.outlineColor, background), 'choice ring').to.be.at.least(3);
      await sendKeys({press: 'Tab'});
      const button = getComputedStyle(active(el)!);
      expect(button.outlineStyle).to.equal('solid');
      expect(contrast(button.outlineColor, background), 'button ring').to.be.at.least(3);
    });
  }

  it('passes axe on every screen in dark colours chosen by the reader', async function () {
    if (isFirefox) this.skip();
    await emulateMedia({colorScheme: 'dark'});
    try {
      const el = await quiz();
      await everyState(el, async (state) => {
        await expect(el, state).to.be.accessible();
      });
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });
});
