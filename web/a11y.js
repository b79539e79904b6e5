// Text version of the analysis: the canvas means nothing to a screen reader, so the page also
// carries the same analysis as real HTML (speakers with their quotes, the chronology, the
// places), rebuilt on every load and marking what the explorer selects. Article text only ever
// enters the page through textContent. Only a new selection is announced, never whole lists.
'use strict';

(function () {
  const body = document.getElementById('depeche-text-body');
  const announcer = document.getElementById('depeche-announce');
  if (!body) return;

  const MAX_ITEMS = 2000;
  const LONG_TEXT = 1 << 20;
  const PLACE_KINDS = new Set(['city', 'country', 'region', 'other']);
  // The text version speaks the interface's language and is rebuilt when it changes.
  const say = (key) => window.depeche.uiText(key);
  const sayWith = (key, ...args) => window.depeche.uiFormat(key, ...args);
  const sayCount = (n, key) => window.depeche.uiCount(n, key);
  let language = null;
  let countryNames = null;
  let dayFormat = null;
  let monthFormat = null;

  function useLanguage() {
    language = document.documentElement.lang || 'fr';
    countryNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([language], { type: 'region' }) : null;
    dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormat = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function kindName(kind) {
    return ['direct', 'indirect', 'mixed'].includes(kind) ? say(`alt-kind-${kind}`) : say('alt-quote');
  }

  // What each id of the analysis is called in the text version: its element and a short label.
  let items = new Map();
  let current = null;
  let budget = MAX_ITEMS;

  function node(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = text;
    return element;
  }

  // TIMEX3 values as a reader says them; anything else is shown as it is.
  function readableDate(value) {
    if (typeof value !== 'string') return say('alt-unknown-date');
    let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return dayFormat.format(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    match = /^(\d{4})-(\d{2})$/.exec(value);
    if (match) return monthFormat.format(Date.UTC(+match[1], +match[2] - 1, 1));
    match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
    if (match) return `${say(`season-${match[2]}`)} ${match[1]}`;
    match = /^(\d{4})-W(\d{2})$/.exec(value);
    if (match) return sayWith('alt-week', +match[2], match[1]);
    return value === 'PRESENT_REF' ? say('alt-now') : value;
  }

  function countryName(code) {
    if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || !countryNames) return code || '';
    return countryNames.of(code) || code;
  }

  function excerpt(text, length) {
    return text.length > length ? `${text.slice(0, length - 1)}…` : text;
  }

  // Each item can be shown in the explorer when the page offers selection.
  function selectable(element, id, label) {
    element.id = `depeche-alt-${id}`;
    element.dataset.id = id;
    items.set(id, { element, label });
    if (typeof window.depeche.select !== 'function') return;
    const button = node('button', 'depeche-show', say('alt-show'));
    button.type = 'button';
    button.setAttribute('aria-label', sayWith('alt-show-label', label));
    button.addEventListener('click', () => {
      window.depeche.select(id);
      follow(id);
      // The reader asked to see it there: bring the explorer into view and give it the keys.
      const canvas = document.getElementById('canvas');
      if (canvas) {
        canvas.scrollIntoView({ block: 'start', behavior: 'instant' });
        canvas.focus({ preventScroll: true });
      }
    });
    element.append(' ', button);
  }

  function list(tag, className, entries, make) {
    const container = node(tag, className);
    let left = 0;
    for (const entry of entries) {
      if (budget > 0) {
        budget--;
        container.append(make(entry));
      } else {
        left++;
      }
    }
    if (left) container.append(node('li', 'depeche-alt-more', sayWith('alt-more', left)));
    return container;
  }

  function section(title, count, content, empty) {
    const part = node('section', 'depeche-alt-part');
    part.append(node('h3', null, count === null ? title : `${title} (${count})`));
    part.append(content || node('p', 'depeche-alt-empty', empty));
    return part;
  }

  function quoteItem(quote) {
    const item = node('li', `depeche-alt-quote ${quote.kind || ''}`);
    item.append(node('span', 'depeche-alt-kind', `${kindName(quote.kind)}${language === 'fr' ? '\u00a0:' : ':'} `));
    item.append(node('q', null, quote.text || ''));
    if (quote.cue) item.append(node('span', 'depeche-alt-cue', ` (${quote.cue})`));
    selectable(item, quote.id, language === 'fr' ? `${kindName(quote.kind)} «\u00a0${excerpt(quote.text || '', 120)}\u00a0»`
      : `${kindName(quote.kind)} “${excerpt(quote.text || '', 120)}”`);
    return item;
  }

  function speakers(analysis) {
    const entities = new Map((analysis.entities || []).map((e) => [e.id, e]));
    const groups = new Map();
    for (const quote of analysis.quotes || []) {
      const key = entities.has(quote.speaker) ? quote.speaker : '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(quote);
    }
    const quoteCount = (analysis.quotes || []).length;
    if (groups.size === 0) return section(say('alt-who'), null, null, say('alt-no-quotes'));
    const content = list('ul', 'depeche-alt-speakers', groups.entries(), ([key, quotes]) => {
      const entity = entities.get(key);
      const item = node('li', 'depeche-alt-speaker');
      const name = entity ? entity.name : say('no-speaker');
      item.append(node('strong', 'depeche-alt-name', name));
      const sameAsName = (role) => role.toLocaleLowerCase(language) === name.toLocaleLowerCase(language);
      const roles = entity && Array.isArray(entity.roles) ? entity.roles.filter((r) => !sameAsName(r)).join(', ') : '';
      if (roles) item.append(`, ${roles}`);
      item.append(` — ${sayCount(quotes.length, 'quote-count')}`);
      if (entity) selectable(item, entity.id, `${name}, ${sayCount(quotes.length, 'quote-count')}`);
      item.append(list('ol', 'depeche-alt-quotes', quotes, quoteItem));
      return item;
    });
    return section(sayWith('alt-who-summary', sayCount(groups.size, 'speaker-count'), sayCount(quoteCount, 'quote-count')), null, content);
  }

  function chronology(analysis) {
    const places = new Map((analysis.places || []).map((p) => [p.id, p]));
    const entities = new Map((analysis.entities || []).map((e) => [e.id, e]));
    const events = analysis.events || [];
    const content = events.length === 0 ? null : list('ol', 'depeche-alt-events', events, (event) => {
      const item = node('li', 'depeche-alt-event');
      const when = node('time', null, readableDate(event.value));
      if (typeof event.value === 'string') when.dateTime = event.value;
      item.append(when);
      if (event.summary) item.append(` — ${event.summary}`);
      const place = places.get(event.place);
      if (place) item.append(node('span', 'depeche-alt-where', ` (${place.name})`));
      const actors = (event.entities || []).map((id) => entities.get(id)).filter(Boolean).map((e) => e.name);
      if (actors.length) item.append(node('span', 'depeche-alt-who', ` — ${actors.join(', ')}`));
      selectable(item, event.id, `${readableDate(event.value)}${event.summary ? ` : ${excerpt(event.summary, 120)}` : ''}`);
      return item;
    });
    return section(say('chronology'), events.length, content, say('no-events'));
  }

  function placeList(analysis) {
    const places = analysis.places || [];
    const content = places.length === 0 ? null : list('ul', 'depeche-alt-places', places, (place) => {
      const item = node('li', 'depeche-alt-place');
      item.append(node('strong', null, place.name));
      const details = [PLACE_KINDS.has(place.kind) ? say(`alt-place-${place.kind}`) : '', place.kind === 'country' ? '' : countryName(place.country)].filter(Boolean);
      if (details.length) item.append(`, ${details.join(', ')}`);
      if (Number.isFinite(place.lat) && Number.isFinite(place.lon)) {
        item.append(node('span', 'depeche-alt-coords', ` (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})`));
      }
      selectable(item, place.id, place.name);
      return item;
    });
    return section(say('alt-places'), places.length, content, say('no-places'));
  }

  function render(analysis) {
    useLanguage();
    items = new Map();
    current = null;
    budget = MAX_ITEMS;
    const parts = [];
    if (analysis && typeof analysis === 'object') {
      // A title is a line; a text with no line break (a stress test) would otherwise lay out one
      // unbreakable paragraph of its whole length, for seconds.
      if (analysis.title) parts.push(node('p', 'depeche-alt-title', excerpt(analysis.title, 300)));
      const dateline = analysis.dateline || {};
      const origin = [dateline.place, dateline.source].filter(Boolean).join(', ');
      const published = analysis.dct ? sayWith('alt-published', readableDate(analysis.dct)) : '';
      if (origin || published) parts.push(node('p', 'depeche-alt-dateline', [origin, published].filter(Boolean).join(' — ')));
      parts.push(speakers(analysis), chronology(analysis), placeList(analysis));
    }
    body.replaceChildren(...parts);
  }

  // Marks the selected item and says once, politely, what it is.
  function follow(id) {
    if (current && current.element.dataset.id === id) return;
    if (current) current.element.removeAttribute('aria-current');
    current = items.get(id) || null;
    if (!current) return;
    current.element.setAttribute('aria-current', 'true');
    if (announcer) announcer.textContent = sayWith('alt-selection', current.label);
  }

  // Built after the load returns, once for a burst of loads, so a huge text never holds up
  // the explorer; the lists stop after MAX_ITEMS entries in all and say how many more there are.
  // A text far longer than any article (a whole archive, a stress test) gets its text version
  // on request: reading its analysis back costs seconds.
  let pending = 0;
  const rebuild = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const length = window.depeche.text().length;
      if (length <= LONG_TEXT) {
        render(window.depeche.analysis());
        return;
      }
      const build = node('button', 'depeche-alt-build', say('alt-build'));
      build.type = 'button';
      build.addEventListener('click', () => render(window.depeche.analysis()));
      const note = node('p', null, sayWith('alt-long', Math.round(length / 1e6)));
      note.append(build);
      items = new Map();
      current = null;
      body.replaceChildren(note);
    }, 0);
  };
  document.addEventListener('depeche:analysis', rebuild);
  // A new language rebuilds it only once it has been built, and keeps the selection marked.
  document.addEventListener('depeche:translated', () => {
    if (language === null || language === document.documentElement.lang) return;
    const selected = current ? current.element.dataset.id : null;
    rebuild();
    setTimeout(() => { if (selected) follow(selected); }, 0);
  });
  // 'select' tells of a choice made in the explorer, 'change' of any change, one made by a
  // script included.
  window.depeche.ready.then(() => {
    if (typeof window.depeche.on !== 'function') return;
    window.depeche.on('select', follow);
    window.depeche.on('change', (state) => follow((state && state.selected) || null));
  }, () => {});
}());
