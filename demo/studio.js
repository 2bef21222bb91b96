// The studio demo: "Load the demo article" hands the seed article to the studio, as a CMS would.
const studio = document.querySelector('news-quiz-studio');
document.querySelector('#load-demo').addEventListener('click', async () => {
  const response = await fetch('/demo/seed-article.txt');
  studio.article = await response.text();
});
studio.addEventListener('news-quiz-studio-change', (event) => console.debug('news-quiz-studio-change', event.detail.quiz));
