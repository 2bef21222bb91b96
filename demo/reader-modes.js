// Hands the seed article to every quiz on the reader-modes page, as data.
const article = await (await fetch('/demo/seed-article.txt')).text();
for (const quiz of document.querySelectorAll('news-quiz[data-article]')) quiz.article = article;
