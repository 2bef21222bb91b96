// Loads the seed article, shows it as the page's story and hands the same text to <news-quiz>.
const response = await fetch('/demo/seed-article.txt');
const text = await response.text();

const body = document.getElementById('story-body');
const paragraphs = text
  .split(/\r?\n\s*\r?\n/)
  .map((block) => block.trim())
  .filter(Boolean);
body.replaceChildren(
  ...paragraphs.map((block) => {
    const isHeading = /^frequently asked questions:?$/i.test(block) || /\?$/.test(block);
    const element = document.createElement(/^frequently asked questions/i.test(block) ? 'h2' : isHeading ? 'h3' : 'p');
    element.textContent = block; // article text is data, never markup
    return element;
  })
);

document.querySelector('.quiz-column news-quiz').article = text;

// "Try your own article": the pasted text or HTML goes to the element as data; it reads HTML inertly.
const tryForm = document.getElementById('try');
const tryQuiz = document.getElementById('try-quiz');
tryQuiz.hidden = true;
tryForm.addEventListener('submit', (event) => {
  event.preventDefault();
  tryQuiz.article = document.getElementById('try-text').value;
  tryQuiz.hidden = false;
});
