import {expect, fixture, html, oneEvent, elementUpdated} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {NewsQuiz, defineNewsQuiz} from '../src/news-quiz.js';
import type {NewsQuizAnswerEvent, NewsQuizCompleteEvent, NewsQuizErrorEvent} from '../src/events.js';

const seedArticle = await (await fetch('/demo/seed-article.txt')).text();

const shadow = (el: NewsQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: NewsQuiz, selector: string) => shadow(el).querySelector(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: NewsQuiz, selector: string) => Array.from(shadow(el).querySelectorAll(selector)) as T[];
const text = (el: NewsQuiz) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();
const activeInShadow = (el: NewsQuiz) => shadow(el).activeElement as HTMLElement | null;

async function quiz(article = seedArticle, attrs: {seed?: string; count?: number} = {}): Promise<NewsQuiz> {
  const el = await fixture<NewsQuiz>(html`<news-quiz .article=${article} seed=${attrs.seed ?? 'test'} count=${attrs.count ?? 8}></news-quiz>`);
  await elementUpdated(el);
  return el;
}

/** Takes a one-question quiz in dark colours: a wrong answer with feedback, then the opened review, axe-checked. */
async function walkInDarkColours(el: NewsQuiz) {
  expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
  await click(el, '[part~="start-button"]');
  const wrong = el.questions[0].choices.find((choice) => choice.id !== el.questions[0].answer)!;
  await answer(el, wrong.id);
  await expect(el).to.be.accessible();
  await click(el, '[part~="next-button"]');
  $<HTMLDetailsElement>(el, 'details')!.open = true;
  await expect(el).to.be.accessible();
}

async function click(el: NewsQuiz, selector: string) {
  const target = $(el, selector);
  expect(target, selector).to.exist;
  target!.click();
  await elementUpdated(el);
}

function choose(el: NewsQuiz, choiceId: string) {
  const radio = $$<HTMLInputElement>(el, 'input[type=radio]').find((input) => input.value === choiceId);
  expect(radio, `choice ${choiceId}`).to.exist;
  radio!.click();
}

/** Chooses a choice and checks it, as a reader does. */
async function answer(el: NewsQuiz, choiceId: string) {
  choose(el, choiceId);
  await click(el, '[part~="check-button"]');
}

describe('<news-quiz>', () => {
  it('is defined, and defining it again does not throw', () => {
    expect(customElements.get('news-quiz')).to.equal(NewsQuiz);
    expect(() => defineNewsQuiz()).not.to.throw();
  });

  it('shows a start screen with a title, the number of questions and a Start button', async () => {
    const el = await quiz();
    const total = el.questions.length;
    expect(total).to.be.greaterThan(2);
    expect($(el, '[part~="title"]')!.textContent).to.match(/\S/);
    expect(text(el)).to.contain(`${total} questions`);
    expect($(el, '[part~="start-button"]')!.textContent!.trim()).to.equal('Start quiz');
    await expect(el).to.be.accessible();
  });

  it('exposes the questions in quiz JSON form, one correct choice each', async () => {
    const el = await quiz();
    for (const question of el.questions) {
      expect(question.id).to.be.a('string');
      expect(['faq', 'fact', 'authored']).to.include(question.kind);
      expect(question.choices.length).to.be.within(3, 4);
      expect(question.choices.filter((choice) => choice.id === question.answer)).to.have.length(1);
    }
    // a copy: the reader's quiz cannot be changed from outside through it
    el.questions[0].prompt = 'changed';
    expect(el.questions[0].prompt).to.not.equal('changed');
  });

  it('gives the same quiz for the same article and seed, and another order for another seed', async () => {
    const a = await quiz(seedArticle, {seed: 'one'});
    const b = await quiz(seedArticle, {seed: 'one'});
    const c = await quiz(seedArticle, {seed: 'two'});
    expect(JSON.stringify(a.questions)).to.equal(JSON.stringify(b.questions));
    expect(JSON.stringify(a.questions)).to.not.equal(JSON.stringify(c.questions));
  });

  it('derives a stable default seed from the article', async () => {
    const a = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle}></news-quiz>`);
    const b = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle}></news-quiz>`);
    expect(a.questions.length).to.be.greaterThan(0);
    expect(JSON.stringify(a.questions)).to.equal(JSON.stringify(b.questions));
  });

  it('asks at most `count` questions', async () => {
    const el = await quiz(seedArticle, {count: 2});
    expect(el.questions).to.have.length(2);
  });

  it('uses the default for a bad count or seed, says so above the quiz and fires an error event', async () => {
    for (const bad of ['abc', '0', '-3', '2.5', '500']) {
      const codes: string[] = [];
      const listener = (event: Event) => codes.push((event as NewsQuizErrorEvent).detail.code);
      document.addEventListener('news-quiz-error', listener);
      const el = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="s" count=${bad}></news-quiz>`);
      document.removeEventListener('news-quiz-error', listener);
      expect(el.questions.length, `count="${bad}"`).to.be.within(3, 8);
      expect(codes, `count="${bad}"`).to.deep.equal(['invalid-count']);
      expect($(el, '[part~="notice"][role="alert"]')!.textContent, `count="${bad}"`).to.contain('not valid');
      expect($(el, '[part~="start-button"]'), 'the quiz is still there').to.exist;
    }
    const seeded = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed=${'x'.repeat(300)}></news-quiz>`);
    expect($(seeded, '[part~="notice"]')!.textContent).to.contain('seed');
    expect(JSON.stringify(seeded.questions)).to.equal(JSON.stringify((await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle}></news-quiz>`)).questions));
    const good = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} count="5"></news-quiz>`);
    expect($(good, '[part~="notice"]')).to.equal(null);
  });

  it('runs the whole quiz by clicks, firing answer and complete events with their detail', async () => {
    const el = await quiz();
    const questions = el.questions;
    const answered: NewsQuizAnswerEvent['detail'][] = [];
    el.addEventListener('news-quiz-answer', (event) => answered.push(event.detail));

    await click(el, '[part~="start-button"]');
    for (const [i, question] of questions.entries()) {
      expect(text(el)).to.contain(`Question ${i + 1} of ${questions.length}`);
      expect($(el, 'legend')!.textContent).to.equal(question.prompt);
      expect($$(el, 'input[type=radio]')).to.have.length(question.choices.length);
      // right on even questions, wrong on odd ones
      const wrong = question.choices.find((choice) => choice.id !== question.answer)!;
      const pick = i % 2 === 0 ? question.answer : wrong.id;
      await answer(el, pick);
      expect(answered.at(-1)).to.deep.equal({questionId: question.id, choiceId: pick, correct: pick === question.answer});
      const feedback = $(el, '[part~="feedback"]')!.textContent!;
      if (pick === question.answer) {
        expect(feedback).to.contain('Correct!');
      } else {
        const rightText = question.choices.find((choice) => choice.id === question.answer)!.text;
        expect(feedback).to.contain('Not quite');
        expect(feedback).to.contain(rightText);
      }
      if (i === questions.length - 1) {
        const completed = oneEvent(el, 'news-quiz-complete') as Promise<NewsQuizCompleteEvent>;
        await click(el, '[part~="next-button"]');
        const {detail} = await completed;
        const expected = Math.ceil(questions.length / 2);
        expect(detail.score).to.equal(expected);
        expect(detail.total).to.equal(questions.length);
        expect(detail.answers).to.deep.equal(answered);
      } else {
        await click(el, '[part~="next-button"]');
      }
    }
    const expected = Math.ceil(questions.length / 2);
    expect($(el, '[part~="score"]')!.textContent).to.contain(`You scored ${expected} of ${questions.length}`);
    expect($(el, '[part~="score"]')!.textContent).to.contain(`${Math.round((expected / questions.length) * 100)}% correct`);
  });

  it('events bubble out of the shadow root and are composed', async () => {
    const el = await quiz();
    const seen: string[] = [];
    const listener = (event: Event) => seen.push(`${event.type}:${event.bubbles}:${event.composed}`);
    document.addEventListener('news-quiz-answer', listener);
    await click(el, '[part~="start-button"]');
    await answer(el, el.questions[0].answer);
    document.removeEventListener('news-quiz-answer', listener);
    expect(seen).to.deep.equal(['news-quiz-answer:true:true']);
  });

  it('marks the chosen and the right answer with text, not colour alone', async () => {
    const el = await quiz();
    const question = el.questions[0];
    const wrong = question.choices.find((choice) => choice.id !== question.answer)!;
    await click(el, '[part~="start-button"]');
    await answer(el, wrong.id);
    const labels = $$(el, '[part~="choice"]');
    const wrongLabel = labels.find((label) => label.querySelector('input')!.value === wrong.id)!;
    const rightLabel = labels.find((label) => label.querySelector('input')!.value === question.answer)!;
    expect(wrongLabel.getAttribute('part')).to.contain('incorrect');
    expect(wrongLabel.textContent).to.contain('Your answer');
    expect(rightLabel.getAttribute('part')).to.contain('correct');
    expect(rightLabel.textContent).to.contain('Correct answer');
    expect($$<HTMLInputElement>(el, 'input[type=radio]').every((input) => input.disabled)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows the evidence from the article in the feedback', async () => {
    const el = await quiz();
    const question = el.questions[0];
    await click(el, '[part~="start-button"]');
    await answer(el, question.answer);
    if (question.evidence) expect($(el, '[part~="evidence"]')!.textContent).to.contain(question.evidence);
    expect($(el, '[role="status"]')!.textContent).to.contain('Correct!');
  });

  it('shows a table row given as evidence as a readable line', async () => {
    const article = `Barcelona travel to Elche on Saturday in La Liga, and the numbers favour the visitors.

| Stat | Elche | Barcelona |
| --- | --- | --- |
| Goals Scored | 20 | 35 |
| Goals Conceded | 25 | 15 |
| Position in La Liga | 12th | 2nd |

Frequently Asked Questions

Where is the match played?

The match is played at the Estadio Martinez Valero in Elche on Saturday.`;
    const el = await quiz(article, {count: 10});
    const index = el.questions.findIndex((question) => question.evidence?.startsWith('|'));
    expect(index, 'a question answered from the table').to.be.greaterThan(0);
    await click(el, '[part~="start-button"]');
    for (let i = 0; i < index; i++) {
      await answer(el, el.questions[i].answer);
      await click(el, '[part~="next-button"]');
    }
    await answer(el, el.questions[index].answer);
    const evidence = $(el, '[part~="evidence"]')!.textContent!;
    expect(evidence).to.not.contain('|');
    expect(evidence).to.match(/(Goals Scored|Goals Conceded|Position in La Liga): \S+ · \S+/);
  });

  it('asks for a choice when Check is pressed with none, and fires nothing', async () => {
    const el = await quiz();
    let fired = 0;
    el.addEventListener('news-quiz-answer', () => fired++);
    await click(el, '[part~="start-button"]');
    await click(el, '[part~="check-button"]');
    expect($(el, '.hint')!.textContent).to.contain('Choose an answer first.');
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('is accessible on a question, after feedback and on the result', async () => {
    const el = await quiz(seedArticle, {count: 1});
    await click(el, '[part~="start-button"]');
    await expect(el).to.be.accessible();
    await answer(el, el.questions[0].answer);
    await expect(el).to.be.accessible();
    await click(el, '[part~="next-button"]');
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 1 of 1');
    await expect(el).to.be.accessible();
  });

  it('lets the reader review every answer with the right one and the evidence', async () => {
    const el = await quiz(seedArticle, {count: 3});
    const questions = el.questions;
    await click(el, '[part~="start-button"]');
    for (const [i, question] of questions.entries()) {
      const wrong = question.choices.find((choice) => choice.id !== question.answer)!;
      await answer(el, i === 0 ? wrong.id : question.answer);
      await click(el, '[part~="next-button"]');
    }
    const review = $<HTMLDetailsElement>(el, 'details[part~="review"]')!;
    expect(review.open).to.be.false;
    review.querySelector('summary')!.click();
    await elementUpdated(el);
    expect(review.open).to.be.true;
    const items = $$(el, '[part~="review-item"]');
    expect(items).to.have.length(questions.length);
    const first = questions[0];
    const rightText = first.choices.find((choice) => choice.id === first.answer)!.text;
    expect(items[0].getAttribute('part')).to.contain('incorrect');
    // (The answer is isolated from the message's direction, between U+2068 and U+2069.)
    expect(items[0].textContent).to.contain(`Right answer: \u2068${rightText}\u2069`);
    expect(items[1].getAttribute('part')).to.match(/\bcorrect\b/);
    expect(items[1].textContent).to.not.contain('Right answer:');
    if (first.evidence) expect(items[0].textContent).to.contain(first.evidence);
    await expect(el).to.be.accessible();
  });

  it('forces a theme with theme="dark" or "light", whatever the reader prefers, keeping AA contrast', async () => {
    const dark = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="test" count="1" theme="dark"></news-quiz>`);
    await elementUpdated(dark);
    await walkInDarkColours(dark);
    const light = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} theme="light"></news-quiz>`);
    expect(getComputedStyle(light).color).to.equal('rgb(31, 35, 40)');
  });

  it('keeps AA contrast in dark mode, on a question with feedback and on the result', async function () {
    // Emulating prefers-color-scheme needs the Chrome DevTools Protocol, which Firefox's launcher lacks.
    if (/Firefox\//.test(navigator.userAgent)) this.skip();
    await emulateMedia({colorScheme: 'dark'});
    try {
      await walkInDarkColours(await quiz(seedArticle, {count: 1}));
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });

  it('starts over with Try again, the choices in another order', async () => {
    const el = await quiz(seedArticle, {count: 2});
    const before = el.questions;
    await click(el, '[part~="start-button"]');
    for (const question of el.questions) {
      await answer(el, question.answer);
      await click(el, '[part~="next-button"]');
    }
    await click(el, '[part~="retry-button"]');
    expect(text(el)).to.contain('Question 1 of 2');
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((input) => input.checked || input.disabled)).to.be.false;
    const after = el.questions;
    for (const [i, question] of after.entries()) {
      // The same choices and key, shown in another order.
      expect(question.choices.map((c) => c.id)).to.not.deep.equal(before[i].choices.map((c) => c.id));
      expect([...question.choices].sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal([...before[i].choices].sort((a, b) => a.id.localeCompare(b.id)));
      expect(question.answer).to.equal(before[i].answer);
    }
  });

  it('can be taken with the keyboard alone', async () => {
    const el = await quiz(seedArticle, {count: 3});
    const questions = el.questions;
    const answers: string[] = [];
    el.addEventListener('news-quiz-answer', (event) => answers.push(event.detail.choiceId));

    $(el, '[part~="start-button"]')!.focus();
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    // The question's fieldset, a group named by its legend (Firefox does not focus a legend).
    expect(activeInShadow(el)?.tagName).to.equal('FIELDSET');

    for (const [i, question] of questions.entries()) {
      await sendKeys({press: 'Tab'});
      expect(activeInShadow(el)?.getAttribute('type')).to.equal('radio');
      // Arrow keys move through the radio group and select; walk to the right answer.
      const target = question.choices.findIndex((choice) => choice.id === question.answer);
      await sendKeys({type: ' '});
      for (let step = 0; step < target; step++) await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      expect(answers[i]).to.equal(question.answer);
      expect(activeInShadow(el)?.getAttribute('part')).to.contain('next-button');
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
    }
    expect($(el, '[part~="score"]')!.textContent).to.contain(`You scored ${questions.length} of ${questions.length}`);
    expect(activeInShadow(el)?.textContent).to.contain('Your result');

    await sendKeys({press: 'Tab'});
    expect(activeInShadow(el)?.tagName).to.equal('SUMMARY');
    await sendKeys({press: 'Enter'});
    expect($<HTMLDetailsElement>(el, 'details[part~="review"]')!.open).to.be.true;
    await sendKeys({press: 'Tab'});
    expect(activeInShadow(el)?.getAttribute('part')).to.contain('retry-button');
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(text(el)).to.contain(`Question 1 of ${questions.length}`);
  });

  it('reads the article from its own text content', async () => {
    const el = await fixture<NewsQuiz>(html`<news-quiz seed="x">${seedArticle}</news-quiz>`);
    await elementUpdated(el);
    expect(el.questions.length).to.be.greaterThan(2);
    expect(JSON.stringify(el.questions)).to.equal(JSON.stringify((await quiz(seedArticle, {seed: 'x'})).questions));
  });

  it('gives the same default quiz for the article as indented light-DOM text and as the property', async () => {
    const indented = seedArticle
      .split('\n')
      .map((line) => `      ${line}`)
      .join('\n');
    const fromChildren = await fixture<NewsQuiz>(html`<news-quiz>${indented}</news-quiz>`);
    const fromProperty = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle}></news-quiz>`);
    expect(fromChildren.questions.length).to.be.greaterThan(2);
    expect(JSON.stringify(fromChildren.questions)).to.equal(JSON.stringify(fromProperty.questions));
  });

  it('reads an article given as HTML children, keeping paragraphs apart', async () => {
    const paragraphs = seedArticle.split(/\n\s*\n/).map((block) => block.trim());
    const el = await fixture<NewsQuiz>(html`<news-quiz seed="x">${paragraphs.map((p) => html`<p>${p}</p>`)}</news-quiz>`);
    await elementUpdated(el);
    expect(el.questions.length).to.be.greaterThan(2);
    // The seed's fourth FAQ differs from its swaps only by degree ("growing"/"shrinking"): never asked.
    expect(el.questions.filter((question) => question.kind === 'faq').length).to.equal(3);
  });

  it('reads an HTML string inertly: no script runs and markup in the text stays text', async () => {
    const w = window as Window & {pwned?: number};
    w.pwned = 0;
    const paragraphs = seedArticle.split(/\n\s*\n/).map((block) => block.trim());
    const article = `<script>window.pwned++</script><img src="x" onerror="window.pwned++">` + paragraphs.map((p) => `<p>${p.replace('Kim Jong Un reaffirmed', '<b>Kim Jong Un</b> reaffirmed')}</p>`).join('');
    const el = await quiz(article);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.pwned).to.equal(0);
    expect(el.questions.filter((question) => question.kind === 'faq')).to.have.length(3);
    expect(JSON.stringify(el.questions)).to.not.match(/<script|<img|<b>|onerror/);
    expect(shadow(el).querySelector('img, script, b') === null, 'no markup from the article').to.be.true;
  });

  it('renders angle brackets in article text as text', async () => {
    const article = seedArticle.replace('What agreements were made between Kim Jong Un and Vladimir Putin?', 'What agreements were made between Kim Jong Un and Vladimir Putin (a < b, "c > d")?');
    const el = await quiz(article, {count: 20});
    await click(el, '[part~="start-button"]');
    const prompt = el.questions[0].prompt;
    expect($(el, 'legend')!.textContent).to.equal(prompt);
    expect($(el, 'legend')!.children).to.have.length(0);
  });

  it('shows a clear message and fires news-quiz-error when there is no article', async () => {
    const el = document.createElement('news-quiz');
    const failed = oneEvent(el, 'news-quiz-error') as Promise<NewsQuizErrorEvent>;
    document.body.append(el);
    const {detail} = await failed;
    await elementUpdated(el);
    expect(detail.code).to.equal('no-article');
    expect($(el, '[part~="error"]')!.textContent).to.contain('There is no article');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a clear message when the article gives nothing to ask', async () => {
    const el = document.createElement('news-quiz');
    el.article = '!!! ??? ...';
    const failed = oneEvent(el, 'news-quiz-error') as Promise<NewsQuizErrorEvent>;
    document.body.append(el);
    expect((await failed).detail.code).to.equal('no-questions');
    await elementUpdated(el);
    expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    el.remove();
  });

  it('keeps the quiz and the answers given when the article is replaced by a bad one mid-quiz', async () => {
    const el = await quiz();
    const question = el.questions[0];
    await click(el, '[part~="start-button"]');
    await answer(el, question.answer);
    const failed = oneEvent(el, 'news-quiz-error') as Promise<NewsQuizErrorEvent>;
    el.article = '';
    expect((await failed).detail.code).to.equal('no-article');
    await elementUpdated(el);
    expect($(el, '[part~="feedback"]')!.textContent).to.contain('Correct!');
    expect(el.questions[0].id).to.equal(question.id);
    expect($(el, '[part~="notice"]')!.textContent).to.contain('could not be read');
    await expect(el).to.be.accessible();
    // A good article later replaces the kept quiz and the notice goes.
    el.article = seedArticle.replace('Frequently Asked Questions:', 'FAQ');
    await elementUpdated(el);
    expect($(el, '[part~="notice"]') === null, 'notice gone').to.be.true;
    expect($(el, '[part~="feedback"]')!.textContent).to.contain('Correct!');
  });

  it('fires no reader events on programmatic changes, reset() included', async () => {
    const el = await quiz();
    let fired = 0;
    for (const type of ['news-quiz-answer', 'news-quiz-complete', 'news-quiz-start', 'news-quiz-progress']) el.addEventListener(type, () => fired++);
    el.seed = 'another';
    el.count = 3;
    await elementUpdated(el);
    el.reset();
    await elementUpdated(el);
    expect(el.questions.length).to.equal(3);
    expect(fired).to.equal(0);
  });

  it('fires news-quiz-start on Start and Try again, and news-quiz-progress on each next question', async () => {
    const el = await quiz(seedArticle, {count: 3});
    const seen: string[] = [];
    el.addEventListener('news-quiz-start', (event) => seen.push(`start ${event.detail.total}`));
    el.addEventListener('news-quiz-progress', (event) => seen.push(`progress ${event.detail.position}/${event.detail.total} answered ${event.detail.answered}`));
    await click(el, '[part~="start-button"]');
    for (const question of el.questions) {
      await answer(el, question.answer);
      await click(el, '[part~="next-button"]');
    }
    await click(el, '[part~="retry-button"]');
    expect(seen).to.deep.equal(['start 3', 'progress 2/3 answered 1', 'progress 3/3 answered 2', 'start 3']);
  });

  it('shares a spoiler-free result line through the Web Share API, or copies it, and says so', async () => {
    const el = await quiz(seedArticle, {count: 3});
    await click(el, '[part~="start-button"]');
    for (const [i, question] of el.questions.entries()) {
      await answer(el, i === 1 ? question.choices.find((c) => c.id !== question.answer)!.id : question.answer);
      await click(el, '[part~="next-button"]');
    }
    const nav = navigator as Navigator & {share?: (data: ShareData) => Promise<void>};
    const original = {share: nav.share, clipboard: Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')};
    const shared: string[] = [];
    try {
      Object.defineProperty(nav, 'share', {configurable: true, value: async (data: ShareData) => void shared.push(data.text ?? '')});
      await click(el, '[part~="share-button"]');
      await elementUpdated(el);
      expect(shared).to.deep.equal([`news-quiz 2/3 🟩🟥🟩 · ${document.title}`.replace(/ · $/, '')]);
      expect($(el, '.share-status')!.textContent).to.contain('Result shared.');
      // No Web Share API: the line goes to the clipboard.
      Object.defineProperty(nav, 'share', {configurable: true, value: undefined});
      const copied: string[] = [];
      Object.defineProperty(nav, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void copied.push(text)}});
      await click(el, '[part~="share-button"]');
      await elementUpdated(el);
      expect(copied).to.deep.equal(shared);
      expect($(el, '.share-status')!.textContent).to.contain('Result copied to the clipboard.');
      // The answers are not in the line: only right and wrong.
      for (const question of el.questions) for (const choice of question.choices) expect(copied[0]).to.not.contain(choice.text);
    } finally {
      if (original.share) Object.defineProperty(nav, 'share', {configurable: true, value: original.share});
      else delete (nav as {share?: unknown}).share;
      delete (nav as {clipboard?: unknown}).clipboard;
    }
  });

  it("with persist, keeps the reader's place and answers across a reload; another article starts fresh", async () => {
    localStorage.clear();
    const first = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="p" count="3" persist></news-quiz>`);
    await elementUpdated(first);
    await click(first, '[part~="start-button"]');
    const [q1] = first.questions;
    await answer(first, q1.answer);
    await click(first, '[part~="next-button"]');
    first.remove();
    // The page reloads: a new element for the same article picks up at question 2, with question 1 answered.
    const again = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="p" count="3" persist></news-quiz>`);
    await elementUpdated(again);
    expect($(again, '[part~="progress"]')!.textContent).to.contain('Question 2 of 3');
    await answer(again, again.questions[1].answer);
    await click(again, '[part~="next-button"]');
    await answer(again, again.questions[2].answer);
    await click(again, '[part~="next-button"]');
    // The answer given before the reload counts: all three are right.
    expect($(again, '[part~="score"]')!.textContent).to.contain('You scored 3 of 3');
    // A changed article is another quiz: it starts at its start screen.
    const other = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle.replace('last month', 'last week')} seed="p" count="3" persist></news-quiz>`);
    await elementUpdated(other);
    expect($(other, '[part~="start-button"]')).to.exist;
    // Without persist nothing is restored.
    const plain = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="p" count="3"></news-quiz>`);
    await elementUpdated(plain);
    expect($(plain, '[part~="start-button"]')).to.exist;
    localStorage.clear();
  });

  it('with persist, a full or blocked storage quietly keeps the quiz working in memory', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
    try {
      localStorage.clear();
      const el = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="p" count="3" persist></news-quiz>`);
      await elementUpdated(el);
      await click(el, '[part~="start-button"]');
      await answer(el, el.questions[0].answer);
      expect($(el, '[part~="feedback"]')!.textContent).to.contain('Correct!');
      expect($(el, '[part~="error"]')).to.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('says passed or not by pass-mark, and reset() returns to the start with no answers', async () => {
    const el = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="test" count="3" pass-mark="100"></news-quiz>`);
    await elementUpdated(el);
    await click(el, '[part~="start-button"]');
    // Two right and one wrong: 67% is under a pass mark of 100.
    for (const [i, question] of el.questions.entries()) {
      await answer(el, i === 0 ? question.choices.find((c) => c.id !== question.answer)!.id : question.answer);
      await click(el, '[part~="next-button"]');
    }
    expect($(el, '[part~="verdict"]')!.textContent).to.contain('try again');
    el.passMark = 60;
    await elementUpdated(el);
    expect($(el, '[part~="verdict"]')!.textContent).to.contain('you passed');
    el.reset();
    await elementUpdated(el);
    expect($(el, '[part~="start-button"]')).to.exist;
    await click(el, '[part~="start-button"]');
    expect($(el, '[part~="feedback"]')).to.equal(null);
  });
});
