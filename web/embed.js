// Depeche in a news site's page. Include this script and every <div class="depeche"> becomes
// an explorer of its article, in an iframe of embed.html (next to this script) whose height
// follows its content. The same widget is built from code with Depeche.create(element, options).
//
//   <div class="depeche" data-article="article.txt" data-lang="fr" data-dct="2023-09-25"></div>
//
// data-lang is the article's language; the interface speaks the host page's (<html lang>)
// unless data-ui-lang (uiLanguage) names another.
//   <div class="depeche" data-dct="2023-09-25"><pre data-depeche-article>Le texte…</pre></div>
//   <div class="depeche" data-articles="1988.txt 1994.txt 2020.txt"></div>   (a dossier)
//
// The text is read by this page (fetch or textContent) and handed to the frame by postMessage;
// the frame answers only to the origins listed in allowedOrigins (this page's by default).
'use strict';

(function () {
  if (window.Depeche) return;
  const PROTOCOL = 1;
  const FALLBACK_HEIGHT = 640;
  const scriptUrl = document.currentScript ? document.currentScript.src : location.href;
  let requests = 0;

  function create(element, options = {}) {
    if (!(element instanceof Element)) throw new TypeError('Depeche.create: the first argument must be an element');
    const src = new URL(options.src || 'embed.html', scriptUrl);
    const frameOrigin = src.origin;
    const allowedOrigins = options.allowedOrigins || [location.origin];
    src.searchParams.set('origins', allowedOrigins.join(','));
    const articles = Array.isArray(options.articles) ? options.articles.filter((a) => typeof a === 'string') : [];
    const hasText = typeof options.text === 'string' || typeof options.article === 'string' || articles.length > 0;
    if (hasText) src.searchParams.set('wait', '1');
    if (options.dct) src.searchParams.set('dct', options.dct);
    const uiLanguage = options.uiLanguage || document.documentElement.lang;
    if (uiLanguage) src.hash = new URLSearchParams({ lang: uiLanguage }).toString();

    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = options.title || 'Depeche : qui parle, qui dit quoi, quand et où dans cet article';
    frame.className = 'depeche-frame';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads');
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = `${options.height || FALLBACK_HEIGHT}px`;
    element.replaceChildren(frame);
    element.dataset.depecheReady = '';

    const listeners = new Map();
    const pending = new Map();
    const outbox = [];
    let ready = false;

    function emit(type, value) {
      for (const fn of listeners.get(type) || []) fn(value);
    }
    function send(message) {
      const full = { depeche: PROTOCOL, ...message };
      if (ready) frame.contentWindow.postMessage(full, frameOrigin);
      else outbox.push(full);
    }
    function request(message) {
      const requestId = ++requests;
      return new Promise((resolve) => {
        pending.set(requestId, resolve);
        send({ ...message, requestId });
      });
    }

    function onMessage(event) {
      if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
      const data = event.data;
      if (!data || typeof data !== 'object' || data.depeche !== PROTOCOL) return;
      if (data.type === 'ready') {
        ready = true;
        for (const message of outbox.splice(0)) frame.contentWindow.postMessage(message, frameOrigin);
        emit('ready');
      } else if (data.type === 'height' && Number.isFinite(data.height)) {
        const height = Math.min(Math.max(Math.ceil(data.height), 120), 20000);
        frame.style.height = `${height}px`;
        emit('resize', height);
      } else if (data.type === 'select' && (data.id === null || typeof data.id === 'string')) {
        emit('select', data.id);
      } else if ((data.type === 'loaded' || data.type === 'analysis') && pending.has(data.requestId)) {
        const resolve = pending.get(data.requestId);
        pending.delete(data.requestId);
        resolve(data.type === 'loaded' ? { ok: Boolean(data.ok), error: data.error } : data.analysis);
      }
    }
    window.addEventListener('message', onMessage);

    const widget = {
      element,
      frame,
      load(text, { dct, lang, name } = {}) {
        const result = request({ type: 'load', text: String(text), dct: dct || undefined, lang: lang || undefined, name });
        return result.then((r) => { if (r.ok) emit('load'); return r; });
      },
      // Many articles as one dossier: [{name, text, dct}].
      loadDossier(list) {
        const result = request({ type: 'load-dossier', articles: Array.isArray(list) ? list : [] });
        return result.then((r) => { if (r.ok) emit('load'); return r; });
      },
      select(id) { send({ type: 'select', id: id === null ? null : String(id) }); },
      analysis() { return request({ type: 'analysis' }); },
      on(type, fn) {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type).add(fn);
        return () => listeners.get(type).delete(fn);
      },
      destroy() {
        window.removeEventListener('message', onMessage);
        frame.remove();
        delete element.dataset.depecheReady;
      },
    };

    const lang = options.lang;
    if (typeof options.text === 'string') {
      widget.load(options.text, { dct: options.dct, lang });
    } else if (articles.length > 0) {
      // Each URL as data-article is fetched; one that fails is sent empty, so the explorer names
      // it among the refused and keeps the others.
      Promise.all(articles.map((url) => fetch(new URL(url, location.href))
        .then((response) => (response.ok ? response.text() : ''), () => '')
        .then((text) => ({ name: url.split('/').pop(), text, dct: options.dct || undefined }))))
        .then((list) => widget.loadDossier(list));
    } else if (typeof options.article === 'string') {
      fetch(new URL(options.article, location.href))
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((text) => widget.load(text, { dct: options.dct, lang, name: options.article.split('/').pop() }))
        .catch((error) => emit('error', error));
    }
    return widget;
  }

  // <div class="depeche" data-…>: the markup form, read once the page is parsed.
  function fromMarkup(element) {
    const inline = element.querySelector('[data-depeche-article]');
    const data = element.dataset;
    return create(element, {
      article: data.article,
      articles: data.articles ? data.articles.split(/\s+/).filter(Boolean) : undefined,
      text: inline ? inline.textContent : undefined,
      lang: data.lang,
      uiLanguage: data.uiLang,
      dct: data.dct,
      height: Number(data.height) || undefined,
      allowedOrigins: data.allowedOrigins ? data.allowedOrigins.split(/\s+/).filter(Boolean) : undefined,
    });
  }

  function scan() {
    return Array.from(document.querySelectorAll('div.depeche:not([data-depeche-ready])'), fromMarkup);
  }

  window.Depeche = { create, scan, widgets: [] };
  const start = () => { window.Depeche.widgets.push(...scan()); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
