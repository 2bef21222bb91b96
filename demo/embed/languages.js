// The language picker of languages.html: it sets `lang` on the widget's wrapper, which the widget follows.
const picker = document.getElementById('language');
picker.addEventListener('change', () => document.getElementById('quiz-language').setAttribute('lang', picker.value));
