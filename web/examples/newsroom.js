// The JavaScript API from a host page: an explorer created from code, fed a text, and whose
// selection the page follows.
'use strict';

const log = document.getElementById('api-log');
const widget = Depeche.create(document.getElementById('api-widget'), { dct: '2023-10-24' });
widget.on('select', (id) => { log.textContent = id ? `Sélection dans l'explorateur : ${id}` : 'Aucune sélection.'; });
fetch('article.txt')
  .then((response) => response.text())
  .then((text) => widget.load(text, { dct: '2023-10-24', lang: 'fr' }))
  .then((result) => (result.ok ? widget.analysis() : Promise.reject(new Error(result.error))))
  .then((analysis) => {
    log.textContent = `${analysis.quotes.length} citation(s), ${analysis.events.length} événement(s) dans l'article.`;
  })
  .catch((error) => { log.textContent = `L'article n'a pas pu être analysé : ${error.message}`; });
