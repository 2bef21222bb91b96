import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {repeat} from 'lit/directives/repeat.js';
import {english, str} from './studio/english.js';
import {DEFAULT_COUNT} from './news-quiz.js';
import {looksLikeHtml} from './dom-text.js';
import {readHtml} from './studio/html-input.js';
import {emptyDraft, type Draft} from './studio/draft.js';
import {
  addChoice,
  addQuestion,
  deleteQuestion,
  draftFromQuiz,
  duplicateQuestion,
  MAX_CHOICES,
  moveQuestion,
  removeChoice,
  replaceQuestion,
  setAnswer,
  setChoice,
  setExplanation,
  setPrompt,
  type EditResult,
} from './studio/draft-edits.js';
import {canRedo, canUndo, record, redo, startHistory, undo, type History} from './studio/draft-history.js';
import {loadDraft, saveDraft} from './studio/draft-store.js';
import {inlineSnippet, quizJson, srcSnippet} from './studio/publish.js';
import {NewsQuizStudioChangeEvent} from './studio/events.js';
import {describeFault, validateQuiz, type QuizFault} from './quiz/validate.js';
import type {Question, Quiz} from './quiz/types.js';
import type {CandidatePool, QuizWarning, WarningCode} from './studio/studio-engine.js';
import {newsQuizStudioStyles} from './news-quiz-studio.styles.js';

type Engine = typeof import('./studio/studio-engine.js');

/** The engine, loaded on first use (a chunk of its own in the CDN build). */
let engineLoad: Promise<Engine> | undefined;
const loadEngine = () => (engineLoad ??= import('./studio/studio-engine.js'));

/** Longest file the studio opens (an article or a quiz JSON). */
const MAX_FILE = 2 * 1024 * 1024;

type Message = {kind: 'status' | 'error'; text: string};

/**
 * A quiz editor for a CMS: an editor gives it an article, reviews the questions the engine drafts (with
 * each question's warnings and confidence), edits, reorders, adds and replaces them, previews the quiz as
 * readers will see it, and publishes the quiz JSON or an embed snippet. Drafts autosave in localStorage.
 *
 * @summary Review, edit and publish the quiz `<news-quiz>` shows for an article.
 *
 * @fires news-quiz-studio-change - The editor changed the draft. Detail: `{quiz}` (quiz JSON, a copy).
 *
 * @csspart base - The studio's box.
 * @csspart article - The article section (paste, open, count, seed).
 * @csspart draft - The list of questions under review.
 * @csspart question - One question under review.
 * @csspart warnings - A question's automatic warnings.
 * @csspart preview - The live `<news-quiz>` preview.
 * @csspart publish - Download, embed code and import.
 * @csspart message - Status and error lines.
 * @csspart button - Every button.
 *
 * @cssprop --news-quiz-font-family - Font of the whole studio.
 * @cssprop --news-quiz-color-text - Text colour.
 * @cssprop --news-quiz-color-muted - Secondary text colour.
 * @cssprop --news-quiz-color-background - Background.
 * @cssprop --news-quiz-color-surface - Background of cards.
 * @cssprop --news-quiz-color-border - Borders.
 * @cssprop --news-quiz-color-accent - Buttons and focus.
 * @cssprop --news-quiz-color-accent-text - Text on the accent colour.
 * @cssprop --news-quiz-color-incorrect - Errors and warnings (always with text).
 */

export class NewsQuizStudio extends LitElement {
  static override styles = newsQuizStudioStyles;

  @query('#article-text') private articleField?: HTMLTextAreaElement;

  @state() private history: History<Draft> = startHistory(emptyDraft());
  /** The article as plain text (HTML read with DOMParser), as the engine and the warnings read it. */
  @state() private sourceText = '';
  @state() private engine?: Engine;
  @state() private busy = false;
  @state() private message?: Message;
  /** The last blocked edit: shown at its question and field. */
  @state() private fault?: QuizFault;
  @state() private storageFailed = false;
  @state() private embedKind: 'inline' | 'src' = 'inline';
  @state() private embedUrl = 'quiz.json';
  @state() private adding = false;
  @state() private dragging = false;

  /** The article as text or HTML. Setting it restores its saved draft, or drafts a quiz from it. */
  @property({attribute: false}) article?: string;

  /** How many questions the engine drafts at most (default 5, DEFAULT_COUNT). */
  @property({type: Number}) count = DEFAULT_COUNT;

  /** Seed for the engine's choices: the same article and seed give the same draft. */
  @property() seed?: string;

  /** The current draft in quiz JSON form (a copy). Setting it replaces the draft (after validation). */
  get quiz(): Quiz {
    return structuredClone(this.history.present.quiz);
  }

  set quiz(value: unknown) {
    // The engine's confidence stays with the questions it wrote that come back unchanged.
    const known = new Map(this.history.present.quiz.questions.map((question) => [question.id, JSON.stringify(question)]));
    const kept = Object.fromEntries(
      Object.entries(this.history.present.confidence).filter(([id]) => {
        const question = (value as Quiz | undefined)?.questions?.find?.((item) => item?.id === id);
        return question !== undefined && JSON.stringify(question) === known.get(id);
      })
    );
    const result = draftFromQuiz(value, kept);
    if (result.fault) {
      this.message = {kind: 'error', text: english(str`The quiz was not loaded: ${describeFault(result.fault)}`)};
      return;
    }
    this.history = startHistory(result.draft);
    this.refreshWarnings();
  }

  private pool?: {key: string; pool: CandidatePool};
  /** Stems the engine already offered in place of a question, so "Another question" moves on. */
  private offered = new Map<string, string[]>();
  private warnings = new Map<string, QuizWarning[]>();
  private focusAfter?: string;
  private restored = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadEngine().then((engine) => {
      this.engine = engine;
      this.refreshWarnings();
    });
    // Nothing handed over yet: pick up the last draft worked on.
    if (!this.restored && this.article === undefined && !this.history.present.quiz.questions.length) {
      this.restored = true;
      const saved = loadDraft();
      if (saved) this.restore(saved);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('article') && this.article !== undefined) void this.takeArticle(this.article);
  }

  protected override updated(): void {
    if (this.focusAfter) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      target?.focus();
    }
  }

  /** Also waits for a draft the engine is writing. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private pending?: Promise<void>;

  private restore(saved: NonNullable<ReturnType<typeof loadDraft>>): void {
    this.sourceText = this.textOf(saved.article);
    this.rawArticle = saved.article;
    this.count = saved.count;
    if (saved.seed !== undefined) this.seed = saved.seed;
    this.history = startHistory(saved.draft);
    this.message = {kind: 'status', text: english('Your saved draft for this article is back.')};
    this.refreshWarnings();
  }

  /** The article as given (text or HTML): the key its draft is saved under. */
  private rawArticle = '';

  private textOf(article: string): string {
    return looksLikeHtml(article) ? readHtml(article) : article;
  }

  /** A new article: its saved draft if there is one, else a fresh draft from the engine. */
  private takeArticle(article: string): Promise<void> {
    this.rawArticle = article;
    this.sourceText = this.textOf(article);
    const saved = loadDraft(article);
    if (saved) {
      this.restore(saved);
      return Promise.resolve();
    }
    return this.writeDraft(false);
  }

  private writeDraft(byEditor = true): Promise<void> {
    const work: Promise<void> = this.draftFromEngine(this.sourceText, byEditor).finally(() => {
      if (this.pending === work) this.pending = undefined;
    });
    this.pending = work;
    return work;
  }

  /** Asks the engine for a draft; `byEditor` when the editor asked (fires the change event). */
  private async draftFromEngine(text: string, byEditor: boolean): Promise<void> {
    this.busy = true;
    this.fault = undefined;
    try {
      const engine = (this.engine ??= await loadEngine());
      if (!text.trim()) {
        this.message = {kind: 'error', text: english('Paste an article or open a file first.')};
        return;
      }
      const {quiz, confidence} = engine.draftQuiz(text, this.options(), this.poolFor(engine));
      this.offered.clear();
      this.history = record(this.history, {quiz, confidence});
      this.message = quiz.questions.length
        ? {kind: 'status', text: english(str`The engine drafted ${quiz.questions.length} questions. Review each before you publish.`)}
        : {kind: 'error', text: english('The engine found nothing it could ask with confidence. Add questions by hand.')};
      this.refreshWarnings();
      this.save();
      if (byEditor) this.dispatchEvent(new NewsQuizStudioChangeEvent({quiz: this.quiz}));
    } catch (error) {
      this.message = {kind: 'error', text: english(str`The draft could not be written: ${(error as Error).message}`)};
    } finally {
      this.busy = false;
    }
  }

  private options() {
    return {count: Number.isInteger(this.count) && this.count >= 1 && this.count <= 100 ? this.count : DEFAULT_COUNT, seed: this.seed || undefined};
  }

  private poolFor(engine: Engine): CandidatePool {
    const key = JSON.stringify([this.sourceText, this.options()]);
    if (this.pool?.key !== key) this.pool = {key, pool: engine.candidatePool(this.sourceText, this.options())};
    return this.pool.pool;
  }

  private refreshWarnings(): void {
    this.warnings = this.engine ? this.engine.quizWarnings(this.history.present.quiz, this.sourceText) : new Map();
  }

  private save(): void {
    this.storageFailed = !saveDraft({article: this.rawArticle, count: this.options().count, seed: this.seed, draft: this.history.present});
  }

  /** Applies an edit: the new draft (saved, announced, previewed), or the fault that blocked it. */
  private apply(result: EditResult, done?: string, focus?: string): boolean {
    if (result.fault) {
      this.fault = result.fault;
      this.message = {kind: 'error', text: this.faultText(result.fault, english('Not saved'))};
      return false;
    }
    this.fault = undefined;
    this.history = record(this.history, result.draft);
    this.afterChange(done);
    this.focusAfter = focus;
    return true;
  }

  private afterChange(done?: string): void {
    this.refreshWarnings();
    this.save();
    this.message = done ? {kind: 'status', text: done} : undefined;
    this.dispatchEvent(new NewsQuizStudioChangeEvent({quiz: this.quiz}));
  }

  /** "Not saved: Question 3, choice B: repeats another choice", with the question's place in the draft. */
  private faultText(fault: QuizFault, lead: string): string {
    const at = this.history.present.quiz.questions.findIndex((question) => question.id === fault.question);
    const where = at >= 0 ? english(str`Question ${at + 1}`) : (fault.question ?? english('The quiz'));
    return `${lead}: ${where}, ${this.fieldLabel(fault.field)}: ${fault.message}`;
  }

  /** A fault's field as the editor sees it labelled: "question", "choice B", "right answer". */
  private fieldLabel(field: string): string {
    const choice = /^choices\[(\d+)\]/.exec(field);
    if (choice) return english(str`choice ${String.fromCharCode(65 + Number(choice[1]))}`);
    const labels: Record<string, string> = {prompt: english('question'), choices: english('choices'), answer: english('right answer'), explanation: english('explanation'), evidence: english('evidence')};
    return labels[field] ?? field;
  }

  private get questions(): readonly Question[] {
    return this.history.present.quiz.questions;
  }

  // Handlers

  private onWrite(event: Event): void {
    event.preventDefault();
    const text = this.articleField?.value ?? '';
    this.rawArticle = text;
    this.sourceText = this.textOf(text);
    void this.writeDraft();
  }

  private async readFile(file: File): Promise<string | undefined> {
    if (file.size > MAX_FILE) {
      this.message = {kind: 'error', text: english('That file is larger than 2 MB.')};
      return undefined;
    }
    return file.text();
  }

  private async openArticle(file: File): Promise<void> {
    if (!/\.(txt|md|markdown|html?|xhtml)$/i.test(file.name) && !/^text\//.test(file.type)) {
      this.message = {kind: 'error', text: english('Open a .txt, .md or .html file.')};
      return;
    }
    const text = await this.readFile(file);
    if (text === undefined) return;
    if (this.articleField) this.articleField.value = text;
    this.rawArticle = text;
    this.sourceText = /\.html?$/i.test(file.name) || file.type === 'text/html' ? readHtml(text) : this.textOf(text);
    await this.writeDraft();
  }

  private onArticleFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.openArticle(file);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      void this.openArticle(file);
      return;
    }
    const text = event.dataTransfer?.getData('text/html') || event.dataTransfer?.getData('text/plain') || '';
    if (!text) return;
    if (this.articleField) this.articleField.value = text;
    this.rawArticle = text;
    this.sourceText = this.textOf(text);
    void this.writeDraft();
  }

  private onCount(event: Event): void {
    const value = Number((event.target as HTMLInputElement).value);
    if (Number.isInteger(value) && value >= 1 && value <= 100) this.count = value;
  }

  private onSeed(event: Event): void {
    this.seed = (event.target as HTMLInputElement).value || undefined;
  }

  private onUndo(): void {
    if (!canUndo(this.history)) return;
    this.history = undo(this.history);
    this.fault = undefined;
    this.afterChange(english('Undone.'));
  }

  private onRedo(): void {
    if (!canRedo(this.history)) return;
    this.history = redo(this.history);
    this.fault = undefined;
    this.afterChange(english('Redone.'));
  }

  /** Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, except while typing in a field (the field's own undo). */
  private onKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (!(event.ctrlKey || event.metaKey) || /^(INPUT|TEXTAREA)$/.test(target.tagName)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.onUndo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.onRedo();
    else return;
    event.preventDefault();
  }

  private onMove(question: Question, delta: number, action: string): void {
    const at = this.questions.indexOf(question);
    const to = at + delta;
    if (to < 0 || to >= this.questions.length) return;
    // Focus stays on the button pressed, now in the question's new place (or its heading at an end).
    const stays = (action === 'up' && to > 0) || (action === 'down' && to < this.questions.length - 1);
    const focus = stays ? `[data-question="${question.id}"] [data-action="${action}"]` : `#heading-${question.id}`;
    this.apply(moveQuestion(this.history.present, question.id, delta), english(str`Question moved to place ${to + 1} of ${this.questions.length}.`), focus);
  }

  /** Alt+ArrowUp / Alt+ArrowDown move the question that holds the focus. */
  private onQuestionKeydown(event: KeyboardEvent, question: Question): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    const at = this.questions.indexOf(question);
    const to = at + delta;
    if (to < 0 || to >= this.questions.length) return;
    this.apply(moveQuestion(this.history.present, question.id, delta), english(str`Question moved to place ${to + 1} of ${this.questions.length}.`), `#heading-${question.id}`);
  }

  private onDelete(question: Question): void {
    const at = this.questions.indexOf(question);
    const next = this.questions[at + 1] ?? this.questions[at - 1];
    this.apply(deleteQuestion(this.history.present, question.id), english(str`Question ${at + 1} deleted. Undo brings it back.`), next ? `#heading-${next.id}` : '#add-question');
  }

  private onDuplicate(question: Question): void {
    const before = new Set(this.questions.map((item) => item.id));
    const result = duplicateQuestion(this.history.present, question.id);
    const copy = result.draft?.quiz.questions.find((item) => !before.has(item.id));
    this.apply(result, english('Question duplicated.'), copy ? `#heading-${copy.id}` : undefined);
  }

  private onPrompt(question: Question, event: Event): void {
    this.apply(setPrompt(this.history.present, question.id, (event.target as HTMLTextAreaElement).value));
  }

  private onExplanation(question: Question, event: Event): void {
    this.apply(setExplanation(this.history.present, question.id, (event.target as HTMLTextAreaElement).value));
  }

  private onChoice(question: Question, choiceId: string, event: Event): void {
    this.apply(setChoice(this.history.present, question.id, choiceId, (event.target as HTMLTextAreaElement).value));
  }

  private onAnswer(question: Question, choiceId: string): void {
    this.apply(setAnswer(this.history.present, question.id, choiceId));
  }

  private onAddChoice(question: Question, event: Event): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('new-choice') as HTMLInputElement;
    if (this.apply(addChoice(this.history.present, question.id, input.value), english('Choice added.'), `#new-choice-${question.id}`)) input.value = '';
  }

  private onRemoveChoice(question: Question, choiceId: string): void {
    this.apply(removeChoice(this.history.present, question.id, choiceId), english('Choice removed.'), `#prompt-${question.id}`);
  }

  private async onAnother(question: Question): Promise<void> {
    const engine = (this.engine ??= await loadEngine());
    if (!this.sourceText.trim()) {
      this.message = {kind: 'error', text: english('The engine needs the article to suggest another question.')};
      return;
    }
    const offered = this.offered.get(question.id) ?? [];
    const next = engine.nextCandidate(this.poolFor(engine), this.history.present.quiz, question.id, offered, this.seed ?? '');
    if (!next) {
      this.message = {kind: 'error', text: english('The engine has no other question for this article.')};
      return;
    }
    this.offered.set(question.id, [...offered, question.prompt]);
    this.apply(replaceQuestion(this.history.present, next.question, next.confidence), english('Replaced with the engine’s next-best question.'), `#heading-${question.id}`);
  }

  private async onDistractors(question: Question): Promise<void> {
    const engine = (this.engine ??= await loadEngine());
    const fresh = this.sourceText.trim() ? engine.freshDistractors(this.poolFor(engine), question) : undefined;
    if (!fresh) {
      this.message = {kind: 'error', text: english('The engine has no other wrong choices for this question.')};
      return;
    }
    this.apply(replaceQuestion(this.history.present, engine.withDistractors(question, fresh, this.seed ?? ''), this.history.present.confidence[question.id]), english('New wrong choices.'), `#heading-${question.id}`);
  }

  private onAdd(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const choices = [0, 1, 2, 3].map((i) => String(data.get(`choice-${i}`) ?? ''));
    const answer = Number(data.get('answer') ?? -1);
    if (!choices[answer]?.trim()) {
      this.fault = {question: 'new', field: 'answer', message: english('mark a filled-in choice as the right answer')};
      this.message = {kind: 'error', text: english('Not added: mark a filled-in choice as the right answer.')};
      return;
    }
    const before = new Set(this.questions.map((item) => item.id));
    const result = addQuestion(this.history.present, {prompt: String(data.get('prompt') ?? ''), choices, answer, explanation: String(data.get('explanation') ?? '')});
    if (result.fault) {
      this.fault = {...result.fault, question: 'new'};
      this.message = {kind: 'error', text: `${english('Not added')}: ${this.fieldLabel(result.fault.field)} ${result.fault.message}`};
      return;
    }
    const added = result.draft.quiz.questions.find((item) => !before.has(item.id));
    this.adding = false;
    this.apply(result, english('Question added.'), added ? `#heading-${added.id}` : undefined);
  }

  private onOpenAdd(): void {
    this.adding = true;
    this.focusAfter = '#new-prompt';
  }

  private onCancelAdd(): void {
    this.adding = false;
    if (this.fault?.question === 'new') this.fault = undefined;
    this.focusAfter = '#add-question';
  }

  /** The quiz to publish, or undefined (with a message naming the question and field) when it is not valid. */
  private checkedQuiz(): Quiz | undefined {
    const checked = validateQuiz(this.history.present.quiz);
    if (checked.fault) {
      this.fault = checked.fault.question ? checked.fault : undefined;
      this.message = {kind: 'error', text: checked.fault.question ? this.faultText(checked.fault, english('Cannot publish')) : english('Cannot publish: the quiz has no questions.')};
      return undefined;
    }
    return checked.quiz;
  }

  private onDownload(): void {
    const quiz = this.checkedQuiz();
    if (!quiz) return;
    const url = URL.createObjectURL(new Blob([quizJson(quiz)], {type: 'application/json'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'quiz.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.message = {kind: 'status', text: english('quiz.json downloaded.')};
  }

  private get snippet(): string {
    return this.embedKind === 'inline' ? inlineSnippet(this.history.present.quiz) : srcSnippet(this.embedUrl);
  }

  private async onCopy(): Promise<void> {
    if (!this.checkedQuiz()) return;
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.message = {kind: 'status', text: english('Embed code copied.')};
    } catch {
      this.message = {kind: 'error', text: english('Copying was not allowed: select the embed code below and copy it.')};
    }
  }

  private async onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await this.readFile(file);
    if (text === undefined) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.message = {kind: 'error', text: english(str`${file.name} is not JSON.`)};
      return;
    }
    const result = draftFromQuiz(value);
    if (result.fault) {
      this.message = {kind: 'error', text: english(str`${file.name} was not imported: ${describeFault(result.fault)}`)};
      return;
    }
    this.apply(result, english(str`Imported ${result.draft.quiz.questions.length} questions from ${file.name}.`));
  }

  // Render

  override render(): TemplateResult {
    const questions = this.questions;
    return html`
      <div part="base" class="base" @keydown=${this.onKeydown}>
        <h2 class="title">${english('Quiz studio')}</h2>
        ${this.renderArticle()}
        <div class="messages" part="message">
          <p role="status" class="status">${this.message?.kind === 'status' ? this.message.text : ''}</p>
          <p role="alert" class="error">${this.message?.kind === 'error' ? this.message.text : ''}</p>
          ${this.storageFailed ? html`<p class="warning">${english('This browser would not save the draft (storage full or blocked). It is kept in this page only: export it before you leave.')}</p>` : nothing}
        </div>
        <div class="columns">
          <section class="draft" part="draft" aria-labelledby="draft-heading">
            <div class="bar">
              <h3 id="draft-heading">${english(str`Draft: ${questions.length} questions`)}</h3>
              <div class="actions">
                <button part="button" type="button" ?disabled=${!canUndo(this.history)} @click=${this.onUndo}>${english('Undo')}</button>
                <button part="button" type="button" ?disabled=${!canRedo(this.history)} @click=${this.onRedo}>${english('Redo')}</button>
              </div>
            </div>
            ${this.busy ? html`<p class="muted">${english('Writing the draft…')}</p>` : nothing}
            <ol class="questions">
              ${repeat(
                questions,
                (question) => question.id,
                (question, index) => this.renderQuestion(question, index)
              )}
            </ol>
            ${this.adding ? this.renderAddForm() : html`<button part="button" id="add-question" type="button" @click=${this.onOpenAdd}>${english('Add a question')}</button>`}
          </section>
          <div class="side">
            <section class="preview" part="preview" aria-labelledby="preview-heading">
              <h3 id="preview-heading">${english('Preview: what readers see')}</h3>
              ${questions.length ? html`<news-quiz .quiz=${this.history.present.quiz}></news-quiz>` : html`<p class="muted">${english('The preview appears once the draft has a question.')}</p>`}
            </section>
            ${this.renderPublish()}
          </div>
        </div>
      </div>
    `;
  }

  private renderArticle(): TemplateResult {
    return html`
      <form part="article" class="article ${this.dragging ? 'dragging' : ''}" @submit=${this.onWrite} @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
        <label for="article-text">${english('Article: paste text or HTML, or drop a file here')}</label>
        <textarea id="article-text" rows=${this.questions.length ? 3 : 8} .value=${this.rawArticle}></textarea>
        <div class="row">
          <label class="file">${english('Open a .txt, .md or .html file')} <input type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" @change=${this.onArticleFile} /></label>
          <label>${english('Questions')} <input type="number" min="1" max="100" .value=${String(this.count)} @change=${this.onCount} /></label>
          <label>${english('Seed')} <input type="text" .value=${this.seed ?? ''} @change=${this.onSeed} /></label>
          <button part="button" class="primary" type="submit" ?disabled=${this.busy}>${this.questions.length ? english('Write a new draft') : english('Write the draft')}</button>
        </div>
      </form>
    `;
  }

  private warningText(code: WarningCode): string {
    const texts: Record<WarningCode, string> = {
      'fewer-than-3-choices': english('Fewer than 3 choices: guessing is easy.'),
      'not-in-article': english('The right choice is not what the article says.'),
      'evidence-not-in-article': english('The evidence is not a sentence of the article.'),
      'answer-in-prompt': english('The question gives its answer away.'),
      'choice-nested': english('One choice is inside another.'),
      markup: english('Markup or a placeholder is left in the text.'),
      'determiner-cue': english('Only the right choice differs in its “the”.'),
      'same-thing': english('Two choices name the same thing.'),
      'distractor-also-true': english('A wrong choice is also true by the article.'),
      'answer-in-other-prompt': english('Another question spells its answer out.'),
    };
    return texts[code];
  }

  private kindText(question: Question): string {
    return question.kind === 'faq' ? english('from the FAQ') : question.kind === 'fact' ? english('from a fact') : english('written by hand');
  }

  /** The fault of the last blocked edit, when it is at this question and field. */
  private faultAt(question: Question, field: string): TemplateResult | typeof nothing {
    const fault = this.fault;
    if (!fault || fault.question !== question.id || !(fault.field === field || fault.field.startsWith(`${field}[`) || (field === 'choices' && fault.field.startsWith('choices')))) return nothing;
    return html`<p class="field-error" id="error-${question.id}-${field}">${english(str`Not saved: ${this.fieldLabel(fault.field)} ${fault.message}`)}</p>`;
  }

  private invalid(question: Question, field: string): boolean {
    return this.fault?.question === question.id && (this.fault.field === field || this.fault.field.startsWith(`${field}[`) || this.fault.field.startsWith(`${field}.`));
  }

  private renderQuestion(question: Question, index: number): TemplateResult {
    const total = this.questions.length;
    const warnings = this.warnings.get(question.id) ?? [];
    const confidence = this.history.present.confidence[question.id];
    const id = question.id;
    const engineMade = question.kind !== 'authored' && this.sourceText.trim() !== '';
    return html`
      <li class="question" part="question" data-question=${id} @keydown=${(event: KeyboardEvent) => this.onQuestionKeydown(event, question)}>
        <div class="question-head">
          <h4 id="heading-${id}" tabindex="-1">${english(str`Question ${index + 1}`)}</h4>
          <span class="meta">${this.kindText(question)} · ${confidence === undefined ? english('no engine confidence') : english(str`engine confidence ${Math.round(confidence * 100)}%`)}</span>
        </div>
        ${
          warnings.length
            ? html`<ul class="warnings" part="warnings" aria-label=${english(str`Warnings for question ${index + 1}`)}>
                ${warnings.map((warning) => html`<li><span aria-hidden="true">⚠ </span>${this.warningText(warning.code)}</li>`)}
              </ul>`
            : nothing
        }
        <label for="prompt-${id}">${english('Question')}</label>
        <textarea
          id="prompt-${id}"
          rows="2"
          .value=${question.prompt}
          aria-invalid=${this.invalid(question, 'prompt') ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.invalid(question, 'prompt') ? `error-${id}-prompt` : undefined)}
          @change=${(event: Event) => this.onPrompt(question, event)}
        ></textarea>
        ${this.faultAt(question, 'prompt')}
        <fieldset class="choices">
          <legend>${english('Choices (mark the right one)')}</legend>
          ${question.choices.map((choice, at) => {
            const letter = String.fromCharCode(65 + at);
            return html`
              <div class="choice ${choice.id === question.answer ? 'key' : ''}">
                <input
                  type="radio"
                  id="answer-${id}-${choice.id}"
                  name="answer-${id}"
                  .checked=${live(choice.id === question.answer)}
                  aria-label=${english(str`Choice ${letter} is the right answer`)}
                  @change=${() => this.onAnswer(question, choice.id)}
                />
                <label class="letter" for="choice-${id}-${choice.id}">${letter}</label>
                <textarea
                  rows="1"
                  id="choice-${id}-${choice.id}"
                  .value=${choice.text}
                  aria-invalid=${this.invalid(question, 'choices') ? 'true' : 'false'}
                  aria-describedby=${ifDefined(this.invalid(question, 'choices') ? `error-${id}-choices` : undefined)}
                  @change=${(event: Event) => this.onChoice(question, choice.id, event)}
                ></textarea>
                ${choice.id === question.answer ? html`<span class="key-mark">${english('right')}</span>` : nothing}
                <button part="button" type="button" class="small" aria-label=${english(str`Remove choice ${letter}`)} @click=${() => this.onRemoveChoice(question, choice.id)}>✕</button>
              </div>
            `;
          })}
          ${this.faultAt(question, 'choices')}${this.faultAt(question, 'answer')}
        </fieldset>
        ${
          question.choices.length < MAX_CHOICES
            ? html`<form class="add-choice" @submit=${(event: Event) => this.onAddChoice(question, event)}>
                <label for="new-choice-${id}">${english('New choice')}</label>
                <input type="text" id="new-choice-${id}" name="new-choice" />
                <button part="button" type="submit" class="small">${english('Add choice')}</button>
              </form>`
            : nothing
        }
        <label for="explanation-${id}">${english('Explanation (shown after the answer)')}</label>
        <textarea
          id="explanation-${id}"
          rows="2"
          .value=${question.explanation ?? ''}
          aria-invalid=${this.invalid(question, 'explanation') ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.invalid(question, 'explanation') ? `error-${id}-explanation` : undefined)}
          @change=${(event: Event) => this.onExplanation(question, event)}
        ></textarea>
        ${this.faultAt(question, 'explanation')} ${question.evidence ? html`<p class="evidence"><span class="evidence-label">${english('Evidence in the article:')}</span> ${question.evidence}</p>` : nothing}
        <div class="tools" role="group" aria-label=${english(str`Question ${index + 1} tools`)}>
          <button part="button" type="button" data-action="up" ?disabled=${index === 0} @click=${() => this.onMove(question, -1, 'up')}>${english('Move up')}</button>
          <button part="button" type="button" data-action="down" ?disabled=${index === total - 1} @click=${() => this.onMove(question, 1, 'down')}>${english('Move down')}</button>
          <button part="button" type="button" @click=${() => this.onDuplicate(question)}>${english('Duplicate')}</button>
          ${
            engineMade
              ? html`<button part="button" type="button" @click=${() => this.onAnother(question)}>${english('Another question')}</button>
                  <button part="button" type="button" @click=${() => this.onDistractors(question)}>${english('New wrong choices')}</button>`
              : nothing
          }
          <button part="button" type="button" class="danger" @click=${() => this.onDelete(question)}>${english('Delete')}</button>
        </div>
      </li>
    `;
  }

  private renderAddForm(): TemplateResult {
    const error = this.fault?.question === 'new' ? this.fault : undefined;
    return html`
      <form class="add" @submit=${this.onAdd} aria-labelledby="add-heading">
        <h4 id="add-heading">${english('New question')}</h4>
        <label for="new-prompt">${english('Question')}</label>
        <textarea id="new-prompt" name="prompt" rows="2"></textarea>
        <fieldset class="choices">
          <legend>${english('Choices (mark the right one)')}</legend>
          ${[0, 1, 2, 3].map((i) => {
            const letter = String.fromCharCode(65 + i);
            return html`<div class="choice">
              <input type="radio" name="answer" value=${i} id="new-answer-${i}" ?checked=${i === 0} aria-label=${english(str`Choice ${letter} is the right answer`)} />
              <label class="letter" for="new-choice-${i}">${letter}</label>
              <input type="text" id="new-choice-${i}" name="choice-${i}" />
            </div>`;
          })}
        </fieldset>
        <label for="new-explanation">${english('Explanation (shown after the answer)')}</label>
        <textarea id="new-explanation" name="explanation" rows="2"></textarea>
        ${error ? html`<p class="field-error">${english(str`Not added: ${this.fieldLabel(error.field)} ${error.message}`)}</p>` : nothing}
        <div class="tools">
          <button part="button" class="primary" type="submit">${english('Add')}</button>
          <button part="button" type="button" @click=${this.onCancelAdd}>${english('Cancel')}</button>
        </div>
      </form>
    `;
  }

  private renderPublish(): TemplateResult {
    return html`
      <section class="publish" part="publish" aria-labelledby="publish-heading">
        <h3 id="publish-heading">${english('Publish')}</h3>
        <div class="tools">
          <button part="button" class="primary" type="button" @click=${this.onDownload}>${english('Download quiz JSON')}</button>
          <label class="file">${english('Import a quiz JSON')} <input type="file" accept=".json,application/json" @change=${this.onImport} /></label>
        </div>
        <fieldset class="embed-kind">
          <legend>${english('Embed code')}</legend>
          <label><input type="radio" name="embed" .checked=${this.embedKind === 'inline'} @change=${() => (this.embedKind = 'inline')} /> ${english('Quiz inside the page')}</label>
          <label><input type="radio" name="embed" .checked=${this.embedKind === 'src'} @change=${() => (this.embedKind = 'src')} /> ${english('Quiz JSON at a URL')}</label>
        </fieldset>
        ${
          this.embedKind === 'src'
            ? html`<label for="embed-url">${english('URL of the quiz JSON')}</label>
                <input id="embed-url" type="text" .value=${this.embedUrl} @input=${(event: Event) => (this.embedUrl = (event.target as HTMLInputElement).value)} />`
            : nothing
        }
        <label for="embed-code">${english('Code to paste into the page')}</label>
        <textarea id="embed-code" readonly rows="5" .value=${this.snippet}></textarea>
        <button part="button" type="button" @click=${this.onCopy}>${english('Copy embed code')}</button>
      </section>
    `;
  }
}

/** Defines `<news-quiz-studio>` unless it already is, so loading the script twice on a page does not throw. */
export function defineNewsQuizStudio(): void {
  if (!customElements.get('news-quiz-studio')) customElements.define('news-quiz-studio', NewsQuizStudio);
}

defineNewsQuizStudio();

declare global {
  interface HTMLElementTagNameMap {
    'news-quiz-studio': NewsQuizStudio;
  }
}
