// The explorer as a guest in a news site's page (dist/embed.html, loaded in an iframe by
// embed.js or by a plain <iframe> snippet). It posts its height to the host, takes orders
// (load, select, analysis) only from the parent window at an origin the host listed, and
// lets the host page scroll past it until the reader clicks in.
//
// Query parameters: origins (comma-separated origins allowed to send messages), article (a
// same-origin URL to analyze), dct (YYYY-MM-DD), wait (1: the host will send the text or, as
// "load-dossier", several).
'use strict';

(function () {
  const PROTOCOL = 1;
  const LANGUAGES = ['fr'];
  const MAX_ID = 64;
  const MAX_ARTICLES = 1000;
  const root = document.getElementById('depeche');
  const canvas = document.getElementById('canvas');
  const shield = document.getElementById('depeche-shield');
  const params = new URLSearchParams(location.search);

  function originOf(value) {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
    } catch {
      return null;
    }
  }

  const allowed = new Set((params.get('origins') || '').split(',').map((o) => originOf(o.trim())).filter(Boolean));
  const parentOrigin = window.parent === window ? null
    : originOf((location.ancestorOrigins && location.ancestorOrigins[0]) || document.referrer);

  // The article to open: a same-origin URL, or nothing when the host sends the text.
  const article = params.get('article');
  const isDate = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (params.get('wait') === '1') delete root.dataset.bundled;
  if (article) {
    const url = new URL(article, location.href);
    if (url.origin === location.origin) root.dataset.article = url.href;
  }
  if (params.has('dct')) root.dataset.dct = isDate(params.get('dct')) ? params.get('dct') : '';

  function post(message, origin) {
    if (origin) window.parent.postMessage({ depeche: PROTOCOL, ...message }, origin);
  }
  const toHost = (message) => post(message, allowed.has(parentOrigin) ? parentOrigin : null);

  // Height: a number only, so it goes to the parent whoever it is, also in the AMP form.
  let lastHeight = 0;
  function postHeight() {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (!parentOrigin || height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ depeche: PROTOCOL, type: 'height', height }, parentOrigin);
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, parentOrigin);
  }
  // Browsers pause layout observers in frames out of view: measure also on the events that
  // change the height, so the host reserves the right space before the reader scrolls there.
  new ResizeObserver(postHeight).observe(document.body);
  window.addEventListener('load', postHeight);
  document.addEventListener('depeche:analysis', postHeight);
  document.getElementById('depeche-text').addEventListener('toggle', postHeight);
  postHeight();

  // A short article in tabs (a narrow frame) would leave most of the explorer blank: the
  // explorer is made as short as the open tab's text or list, and back to its full height when
  // that grows or another tab (the map, the chronology) is open. The frame follows, as above.
  const TEXT_PANES = new Set(['article', 'speakers', 'quotes']);
  const MIN_HEIGHT = 240;
  const SHORT_TEXT = 20000;  // longer texts always fill the frame; no need to look
  function fitToContent() {
    if (typeof window.depeche.viewState !== 'function' || window.depeche.text().length > SHORT_TEXT) return;
    const state = window.depeche.viewState();
    const pane = state.layout === 'tabs' && TEXT_PANES.has(state.tab)
      ? state.regions.find((r) => r.name === `pane:${state.tab}`) : null;
    const spare = pane && pane.scrollMax === 0 ? pane.h - pane.content : 0;
    // Some slack is kept, so that a pane that fits is not seen as overflowing the next time.
    if (spare > 16) {
      root.style.height = `${Math.max(MIN_HEIGHT, Math.floor(root.getBoundingClientRect().height - spare + 8))}px`;
    } else if (!pane || pane.scrollMax > 0) {
      root.style.height = '';
    }
    postHeight();
  }
  // Tabs change without an event: a light look twice a second, only at short texts.
  window.depeche.ready.then(() => setInterval(fitToContent, 500), () => {});

  // Messages are checked field by field; anything else is dropped without a word.
  const optionalString = (value, max) => value === undefined || (typeof value === 'string' && value.length <= max);
  const validRequest = (value) => value === undefined || (typeof value === 'number' && Number.isFinite(value))
    || (typeof value === 'string' && value.length <= MAX_ID);
  function validMessage(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data) || data.depeche !== PROTOCOL) return false;
    if (!validRequest(data.requestId)) return false;
    switch (data.type) {
      case 'load':
        return typeof data.text === 'string' && (data.dct === undefined || data.dct === null || isDate(data.dct))
          && optionalString(data.lang, 8) && optionalString(data.name, 200);
      case 'load-dossier':
        return Array.isArray(data.articles) && data.articles.length > 0 && data.articles.length <= MAX_ARTICLES
          && data.articles.every((a) => a && typeof a === 'object' && typeof a.text === 'string'
            && optionalString(a.name, 200) && (a.dct === undefined || a.dct === null || isDate(a.dct)));
      case 'select': return data.id === null || (typeof data.id === 'string' && data.id.length <= MAX_ID);
      case 'analysis': return true;
      default: return false;
    }
  }

  function handle(data, origin) {
    const api = window.depeche;
    if (data.type === 'load') {
      const result = data.lang && !LANGUAGES.includes(data.lang)
        ? { ok: false, error: `Langue non prise en charge : ${data.lang}` }
        : api.load(data.text, { dct: data.dct || '', name: data.name || 'article' });
      post({ type: 'loaded', requestId: data.requestId, ok: result.ok, error: result.error }, origin);
    } else if (data.type === 'load-dossier') {
      const list = data.articles.map((a) => ({ name: a.name || 'article', text: a.text, dct: a.dct || undefined }));
      api.loadDossier(list).then((result) => post({ type: 'loaded', requestId: data.requestId, ok: result.ok, error: result.error }, origin));
    } else if (data.type === 'select') {
      if (typeof api.select === 'function') api.select(data.id);
    } else if (data.type === 'analysis') {
      post({ type: 'analysis', requestId: data.requestId, analysis: api.analysis() }, origin);
    }
  }

  let started = false;
  const waiting = [];
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !allowed.has(event.origin) || !validMessage(event.data)) return;
    if (started) handle(event.data, event.origin);
    else waiting.push([event.data, event.origin]);
  });

  const onStarted = Module.onDepecheStarted;
  Module.onDepecheStarted = () => {
    onStarted();
    started = true;
    for (const [data, origin] of waiting.splice(0)) handle(data, origin);
    // The host hears of every new selection, made in the explorer or asked by a script.
    let selected = null;
    const report = (id) => {
      if (id === selected) return;
      selected = id;
      toHost({ type: 'select', id });
    };
    if (typeof window.depeche.on === 'function') {
      window.depeche.on('select', report);
      window.depeche.on('change', (state) => report((state && state.selected) || null));
    }
    toHost({ type: 'ready' });
  };

  // Cooperative gestures: the shield lets wheel and touch through to the host page; a click,
  // Enter or Space hands the explorer the pointer and the keys until the reader leaves it.
  function arm() {
    shield.hidden = false;
    root.classList.add('armed');
    canvas.tabIndex = -1;
  }
  function disarm() {
    shield.hidden = true;
    root.classList.remove('armed');
    canvas.tabIndex = 0;
    canvas.focus();
  }
  let nudgeTimer = 0;
  function nudge() {
    shield.classList.add('nudge');
    clearTimeout(nudgeTimer);
    nudgeTimer = setTimeout(() => shield.classList.remove('nudge'), 1200);
  }
  shield.addEventListener('click', disarm);
  shield.addEventListener('wheel', nudge, { passive: true });
  shield.addEventListener('touchmove', nudge, { passive: true });
  document.documentElement.addEventListener('mouseleave', arm);
  window.addEventListener('blur', arm);
  document.addEventListener('depeche:leave', (event) => {
    event.preventDefault();
    arm();
    shield.focus();
  });
}());
