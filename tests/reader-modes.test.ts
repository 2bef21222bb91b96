// The reader's modes: feedback at the end, every question on one page, Back and Next, and persist with each.
import {expect, fixture, html, elementUpdated} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NewsQuiz} from '../src/news-quiz.js';
import '../src/news-quiz.js';
import type {Question} from '../src/quiz/types.js';

const seedArticle = await (await fetch('/demo/seed-article.txt')).text();

const shadow = (el: NewsQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: NewsQuiz, selector: string) => shadow(el).querySelector(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: NewsQuiz, selector: string) => Array.from(shadow(el).querySelectorAll(selector)) as T[];
const text = (el: NewsQuiz) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: NewsQuiz) => shadow(el).activeElement as HTMLElement | null;
/** The prompt of the question that has focus: its fieldset is focused, a group named by its legend. */
const focusedPrompt = (el: NewsQuiz) => (focused(el)?.tagName === 'FIELDSET' ? focused(el)!.querySelector('legend')!.textContent : undefined);
const wrongOf = (question: Question) => question.choices.find((choice) => choice.id !== question.answer)!.id;
const radios = (el: NewsQuiz, question?: Question) => $$<HTMLInputElement>(el, question ? `input[name="${question.id}"]` : 'input[type=radio]');
const checkedValue = (el: NewsQuiz, question: Question) => radios(el, question).find((radio) => radio.checked)?.value;

interface Options {
  feedback?: string;
  mode?: string;
  count?: number;
  persist?: boolean;
}

async function quiz({feedback, mode, count = 3, persist = false}: Options = {}): Promise<NewsQuiz> {
  const el = await fixture<NewsQuiz>(html`<news-quiz .article=${seedArticle} seed="modes" count=${count} feedback=${feedback ?? 'immediate'} mode=${mode ?? 'one'} ?persist=${persist}></news-quiz>`);
  await elementUpdated(el);
  return el;
}

/** Clicks a button as a pointer does: it takes focus first, so the focus checks see where focus moves. */
async function click(el: NewsQuiz, selector: string) {
  const target = $(el, selector);
  expect(target, selector).to.exist;
  target!.focus();
  target!.click();
  await elementUpdated(el);
}

async function choose(el: NewsQuiz, question: Question, choiceId: string) {
  const radio = radios(el, question).find((input) => input.value === choiceId);
  expect(radio, `${question.id} choice ${choiceId}`).to.exist;
  radio!.click();
  await elementUpdated(el);
}

/** Records every reader event as a short line. */
function record(el: NewsQuiz): string[] {
  const seen: string[] = [];
  el.addEventListener('news-quiz-answer', (event) => seen.push(`answer ${event.detail.questionId} ${event.detail.correct}`));
  el.addEventListener('news-quiz-progress', (event) => seen.push(`progress ${event.detail.position}/${event.detail.total} answered ${event.detail.answered}`));
  el.addEventListener('news-quiz-complete', (event) => seen.push(`complete ${event.detail.score}/${event.detail.total} ${event.detail.answers.length}`));
  return seen;
}

/** The open questions as the English UI lists them ("2, 4, and 5"). */
const list = (positions: number[]) => new Intl.ListFormat('en').format(positions.map(String));
const progressWidth = (el: NewsQuiz) => $(el, '.progress-bar rect')!.getAttribute('width');
const noVerdict = (el: NewsQuiz) => {
  expect($(el, '[part~="feedback"]'), 'no feedback').to.equal(null);
  expect($(el, '[part~="evidence"]'), 'no evidence').to.equal(null);
  expect(
    $$(el, '[part~="choice"]').some((choice) => /\b(correct|incorrect)\b/.test(choice.getAttribute('part')!)),
    'no choice marked'
  ).to.be.false;
  expect(text(el)).to.not.match(/Correct|Not quite|Your answer/);
};

describe('<news-quiz> feedback="end"', () => {
  it('shows no verdict while answering, then scores and reviews every answer on the result', async () => {
    const el = await quiz({feedback: 'end'});
    const questions = el.questions;
    const seen = record(el);
    await click(el, '[part~="start-button"]');
    for (const [i, question] of questions.entries()) {
      expect(text(el)).to.contain(`Question ${i + 1} of 3`);
      expect($(el, '[part~="check-button"]'), 'no Check button').to.equal(null);
      await choose(el, question, i === 1 ? wrongOf(question) : question.answer);
      noVerdict(el);
      if (i === 0) await expect(el).to.be.accessible();
      expect($(el, '[part~="next-button"]')!.textContent!.trim()).to.equal(i === 2 ? 'See your score' : 'Next question');
      await click(el, '[part~="next-button"]');
    }
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 2 of 3');
    const review = $<HTMLDetailsElement>(el, 'details[part~="review"]')!;
    expect(review.open, 'the review is open: the reader has seen no feedback yet').to.be.true;
    const items = $$(el, '[part~="review-item"]');
    expect(items.map((item) => item.getAttribute('part'))).to.deep.equal(['review-item correct', 'review-item incorrect', 'review-item correct']);
    const rightText = questions[1].choices.find((choice) => choice.id === questions[1].answer)!.text;
    // (The answer is isolated from the message's direction, between U+2068 and U+2069.)
    expect(items[1].textContent).to.contain(`Right answer: \u2068${rightText}\u2069`);
    expect(focused(el)?.textContent).to.contain('Your result');
    // No answer events while answering; one per question on submitting, then the score.
    expect(seen).to.deep.equal(['progress 2/3 answered 1', 'progress 3/3 answered 2', `answer ${questions[0].id} true`, `answer ${questions[1].id} false`, `answer ${questions[2].id} true`, 'complete 2/3 3']);
    await expect(el).to.be.accessible();
  });

  it('asks for a choice before Next, and fires nothing', async () => {
    const el = await quiz({feedback: 'end'});
    const seen = record(el);
    await click(el, '[part~="start-button"]');
    await click(el, '[part~="next-button"]');
    expect($(el, '.hint[role="alert"]')!.textContent).to.contain('Choose an answer first.');
    expect(text(el)).to.contain('Question 1 of 3');
    expect(seen).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await choose(el, el.questions[0], el.questions[0].answer);
    expect($(el, '.hint'), 'the hint goes once a choice is made').to.equal(null);
  });

  it('lets the reader go Back and change an answer until the end', async () => {
    const el = await quiz({feedback: 'end'});
    const [q1, q2, q3] = el.questions;
    const seen = record(el);
    await click(el, '[part~="start-button"]');
    expect($(el, '[part~="back-button"]'), 'no Back on the first question').to.equal(null);
    await choose(el, q1, wrongOf(q1));
    await click(el, '[part~="next-button"]');
    await choose(el, q2, q2.answer);
    await click(el, '[part~="back-button"]');
    expect(text(el)).to.contain('Question 1 of 3');
    expect(progressWidth(el)).to.match(/^33\.3+\d*%$/);
    expect(focusedPrompt(el)).to.equal(q1.prompt);
    expect(checkedValue(el, q1)).to.equal(wrongOf(q1));
    await choose(el, q1, q1.answer);
    await click(el, '[part~="next-button"]');
    expect(checkedValue(el, q2), 'the pick on question 2 is kept').to.equal(q2.answer);
    await click(el, '[part~="next-button"]');
    expect(progressWidth(el)).to.equal('100%');
    await choose(el, q3, q3.answer);
    await click(el, '[part~="next-button"]');
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 3 of 3');
    expect(seen.filter((line) => line.startsWith('progress'))).to.deep.equal(['progress 2/3 answered 1', 'progress 1/3 answered 2', 'progress 2/3 answered 2', 'progress 3/3 answered 2']);
  });
});

describe('<news-quiz> Back and Next with immediate feedback', () => {
  it('shows a checked question as checked on Back, keeps an unchecked pick, and fires progress on each move', async () => {
    const el = await quiz();
    const [q1, q2] = el.questions;
    const seen = record(el);
    await click(el, '[part~="start-button"]');
    await choose(el, q1, wrongOf(q1));
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
    expect(focusedPrompt(el)).to.equal(q2.prompt);
    expect(progressWidth(el)).to.match(/^66\.6+\d*%$/);
    // A pick on question 2, not checked yet, can change; Back keeps it.
    await choose(el, q2, wrongOf(q2));
    await choose(el, q2, q2.answer);
    await click(el, '[part~="back-button"]');
    expect(text(el)).to.contain('Question 1 of 3');
    expect(focusedPrompt(el)).to.equal(q1.prompt);
    expect($(el, '[part~="feedback"]')!.textContent, 'the checked answer keeps its feedback').to.contain('Not quite');
    expect(
      radios(el, q1).every((radio) => radio.disabled),
      'a checked answer cannot change'
    ).to.be.true;
    expect(checkedValue(el, q1)).to.equal(wrongOf(q1));
    await expect(el).to.be.accessible();
    await click(el, '[part~="next-button"]');
    expect(checkedValue(el, q2)).to.equal(q2.answer);
    expect($(el, '[part~="feedback"]'), 'question 2 is not checked yet').to.equal(null);
    await click(el, '[part~="check-button"]');
    expect($(el, '[part~="feedback"]')!.textContent).to.contain('Correct!');
    expect(focused(el)?.getAttribute('part')).to.contain('next-button');
    expect(seen).to.deep.equal([`answer ${q1.id} false`, 'progress 2/3 answered 1', 'progress 1/3 answered 1', 'progress 2/3 answered 1', `answer ${q2.id} true`]);
  });

  it('treats unknown feedback and mode values as the defaults', async () => {
    const el = await quiz({feedback: 'later', mode: 'grid'});
    const question = el.questions[0];
    await click(el, '[part~="start-button"]');
    expect($$(el, 'fieldset')).to.have.length(1);
    await choose(el, question, question.answer);
    await click(el, '[part~="check-button"]');
    expect($(el, '[part~="feedback"]')!.textContent).to.contain('Correct!');
  });
});

describe('<news-quiz> mode="all"', () => {
  it('shows every question as a labelled radio group, and names the unanswered ones on Submit', async () => {
    // A reviewed quiz of five questions (the seed article gives three).
    const ready = {
      questions: [1, 2, 3, 4, 5].map((k) => ({id: `q${k}`, prompt: `Question number ${k}?`, choices: [`${k} apples`, `${k} pears`, `${k} plums`], answer: 'b'})),
    };
    const el = await fixture<NewsQuiz>(html`<news-quiz mode="all" .quiz=${ready}></news-quiz>`);
    await elementUpdated(el);
    const questions = el.questions;
    const n = questions.length;
    expect(n).to.equal(5);
    const seen = record(el);
    await click(el, '[part~="start-button"]');
    const fieldsets = $$(el, 'fieldset[part~="question"]');
    expect(fieldsets).to.have.length(n);
    for (const [i, question] of questions.entries()) {
      const legend = fieldsets[i].querySelector('legend')!;
      expect(legend.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Question ${i + 1} of ${n} ${question.prompt}`);
      expect(fieldsets[i].querySelectorAll(`input[type=radio][name="${question.id}"]`)).to.have.length(question.choices.length);
    }
    expect(focusedPrompt(el)).to.contain(questions[0].prompt);
    expect($(el, '[part~="progress"]')!.textContent).to.contain(`0 of ${n} answered`);
    await expect(el).to.be.accessible();

    await choose(el, questions[0], questions[0].answer);
    await choose(el, questions[2], questions[2].answer);
    expect($(el, '[part~="progress"]')!.textContent).to.contain(`2 of ${n} answered`);
    expect(progressWidth(el)).to.equal(`${(2 / n) * 100}%`);
    await click(el, '[part~="submit-button"]');
    expect($(el, '.hint[role="alert"]')!.textContent).to.contain(`No answer yet: ${list([2, ...questions.slice(3).map((_, i) => i + 4)])}.`);
    expect(fieldsets[1].querySelector('.hint')!.textContent).to.contain('No answer yet.');
    expect(fieldsets[0].querySelector('.hint')).to.equal(null);
    expect(focusedPrompt(el), 'focus on the first unanswered question').to.contain(questions[1].prompt);
    noVerdict(el);
    expect(seen).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await choose(el, questions[1], wrongOf(questions[1]));
    expect($(el, '.hint[role="alert"]')!.textContent).to.contain(`No answer yet: ${list(questions.slice(3).map((_, i) => i + 4))}.`);
    for (const question of questions.slice(3)) await choose(el, question, question.answer);
    expect($(el, '.hint'), 'no hint once all are answered').to.equal(null);
    await click(el, '[part~="submit-button"]');
    expect($(el, '[part~="score"]')!.textContent).to.contain(`You scored ${n - 1} of ${n}`);
    expect($<HTMLDetailsElement>(el, 'details[part~="review"]')!.open).to.be.true;
    expect($$(el, '[part~="review-item"]').map((item) => item.getAttribute('part'))).to.deep.equal(questions.map((_, i) => `review-item ${i === 1 ? 'incorrect' : 'correct'}`));
    expect(focused(el)?.textContent).to.contain('Your result');
    expect(seen).to.deep.equal([...questions.map((question, i) => `answer ${question.id} ${i !== 1}`), `complete ${n - 1}/${n} ${n}`]);
    await expect(el).to.be.accessible();
  });

  it('lets answers change until Submit, in either feedback setting', async () => {
    for (const feedback of ['immediate', 'end']) {
      const el = await quiz({mode: 'all', feedback});
      const questions = el.questions;
      await click(el, '[part~="start-button"]');
      for (const question of questions) await choose(el, question, wrongOf(question));
      noVerdict(el);
      await choose(el, questions[0], questions[0].answer);
      expect(checkedValue(el, questions[0])).to.equal(questions[0].answer);
      await click(el, '[part~="submit-button"]');
      expect($(el, '[part~="score"]')!.textContent, feedback).to.contain('You scored 1 of 3');
    }
  });
});

describe('<news-quiz> with the keyboard alone', () => {
  /** Tab into the group of the focused question and walk to a choice with the arrow keys. */
  async function pickByKeys(el: NewsQuiz, question: Question, choiceId: string) {
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('name')).to.equal(question.id);
    await sendKeys({type: ' '});
    const target = question.choices.findIndex((choice) => choice.id === choiceId);
    for (let step = 0; step < target; step++) await sendKeys({press: 'ArrowDown'});
    await elementUpdated(el);
  }

  it('completes feedback="end", going Back once to change an answer', async () => {
    const el = await quiz({feedback: 'end'});
    const questions = el.questions;
    $(el, '[part~="start-button"]')!.focus();
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(focused(el)?.tagName).to.equal('FIELDSET');
    await pickByKeys(el, questions[0], wrongOf(questions[0]));
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(text(el)).to.contain('Question 2 of 3');
    // Back: from the question, Tab past the choices to the Back button.
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('part')).to.contain('back-button');
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(text(el)).to.contain('Question 1 of 3');
    expect(focusedPrompt(el)).to.equal(questions[0].prompt);
    await pickByKeys(el, questions[0], questions[0].answer);
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    for (const question of questions.slice(1)) {
      await pickByKeys(el, question, question.answer);
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
    }
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 3 of 3');
    expect(focused(el)?.textContent).to.contain('Your result');
  });

  it('completes mode="all": Tab from group to group, Enter submits', async () => {
    const el = await quiz({mode: 'all'});
    const questions = el.questions;
    $(el, '[part~="start-button"]')!.focus();
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(focused(el)?.tagName).to.equal('FIELDSET');
    for (const question of questions) await pickByKeys(el, question, question.answer);
    await sendKeys({press: 'Tab'});
    expect(focused(el)?.getAttribute('part')).to.contain('submit-button');
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 3 of 3');
    expect(focused(el)?.textContent).to.contain('Your result');
  });
});

describe('<news-quiz> persist with each mode', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  /** The page reloads: the old element goes, a new one for the same article comes. */
  async function reload(el: NewsQuiz, options: Options): Promise<NewsQuiz> {
    el.remove();
    return quiz({...options, persist: true});
  }

  it('one at a time, immediate feedback: checked answers and an unchecked pick survive', async () => {
    const options = {persist: true};
    let el = await quiz(options);
    const [q1, q2, q3] = el.questions;
    await click(el, '[part~="start-button"]');
    await choose(el, q1, wrongOf(q1));
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
    await choose(el, q2, q2.answer);
    el = await reload(el, options);
    expect(text(el)).to.contain('Question 2 of 3');
    expect(checkedValue(el, q2)).to.equal(q2.answer);
    await click(el, '[part~="back-button"]');
    expect($(el, '[part~="feedback"]')!.textContent).to.contain('Not quite');
    await click(el, '[part~="next-button"]');
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
    await choose(el, q3, q3.answer);
    await click(el, '[part~="check-button"]');
    await click(el, '[part~="next-button"]');
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 2 of 3');
  });

  it('feedback="end": every pick survives, and counts at the end', async () => {
    const options = {feedback: 'end', persist: true};
    let el = await quiz(options);
    const [q1, q2, q3] = el.questions;
    await click(el, '[part~="start-button"]');
    await choose(el, q1, q1.answer);
    await click(el, '[part~="next-button"]');
    await choose(el, q2, wrongOf(q2));
    el = await reload(el, options);
    expect(text(el)).to.contain('Question 2 of 3');
    expect(checkedValue(el, q2)).to.equal(wrongOf(q2));
    await click(el, '[part~="back-button"]');
    expect(checkedValue(el, q1)).to.equal(q1.answer);
    noVerdict(el);
    await click(el, '[part~="next-button"]');
    await click(el, '[part~="next-button"]');
    await choose(el, q3, q3.answer);
    await click(el, '[part~="next-button"]');
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 2 of 3');
    // The result, too, survives a reload.
    el = await reload(el, options);
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 2 of 3');
  });

  it('mode="all": every answer on the page survives', async () => {
    const options = {mode: 'all', persist: true};
    let el = await quiz(options);
    const [q1, q2, q3] = el.questions;
    await click(el, '[part~="start-button"]');
    await choose(el, q1, q1.answer);
    await choose(el, q3, wrongOf(q3));
    el = await reload(el, options);
    expect($(el, '[part~="progress"]')!.textContent).to.contain('2 of 3 answered');
    expect(checkedValue(el, q1)).to.equal(q1.answer);
    expect(checkedValue(el, q2)).to.equal(undefined);
    expect(checkedValue(el, q3)).to.equal(wrongOf(q3));
    await choose(el, q2, q2.answer);
    await click(el, '[part~="submit-button"]');
    expect($(el, '[part~="score"]')!.textContent).to.contain('You scored 2 of 3');
  });
});
