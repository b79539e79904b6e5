// Dossiers in the page: window.depeche.loadDossier([{name, text, dct}]), .addArticles(list), .dossier() (the
// depeche/dossier@1 JSON), .showArticles(ids), .openExampleDossier(), and the first load of a
// dossier asked by the page (data-articles="a.txt b.txt", same-origin URLs as data-article) or
// by the address (#dossier=karabakh, the example bundled in the module and the offline file).
'use strict';

(function () {
  const root = document.getElementById('depeche');
  const MAX_ARTICLES = 1000;
  const EXAMPLES = { karabakh: '/assets/dossiers/karabakh/manifest.json' };

  const { say, withCString } = window.depeche.shell;

  const status = () => Module.UTF8ToString(Module._depeche_status());

  // What is on screen, for the address (web/deeplink.js): a dossier, and which example it is.
  // The core tells the page of the new state while it loads, before the load returns: what is
  // being loaded answers until then.
  let shown = { dossier: false, example: null };
  let loading = null;
  document.addEventListener('depeche:analysis', () => { shown = loading || { dossier: false, example: null }; });
  function loadingAs(example, load) {
    loading = { dossier: true, example };
    try { return load(); } finally { loading = null; }
  }

  // The core names the files it refused (empty, unreadable, over the limit) in its status and
  // keeps the rest; the page shows that line, not an error, when something was kept.
  function finish(ok) {
    const message = status();
    say(message, !ok);
    if (ok) document.dispatchEvent(new CustomEvent('depeche:analysis'));
    return ok ? { ok: true, refused: message || null } : { ok: false, error: message };
  }

  // The page's list, checked and cut to what the core reads, or {error}.
  function articlesOf(list) {
    const api = window.depeche;
    if (!Array.isArray(list) || list.length === 0) return { error: api.uiText('dossier-empty') };
    if (list.length > MAX_ARTICLES) return { error: `${list.length} > ${MAX_ARTICLES}` };
    let bytes = 0;
    const articles = list.map((item, i) => {
      const entry = item && typeof item === 'object' ? item : {};
      const text = typeof entry.text === 'string' ? entry.text : '';
      bytes += text.length;
      return { name: typeof entry.name === 'string' && entry.name ? entry.name : `#${i + 1}`, text,
               dct: typeof entry.dct === 'string' ? entry.dct : undefined };
    });
    // UTF-16 units under-count UTF-8 bytes: the core checks exactly; this only stops a copy of
    // a text that cannot fit before it fills memory.
    const max = Module._depeche_max_input_bytes();
    if (bytes > max) return { error: api.uiFormat('too-big', max >> 20) };
    return { json: JSON.stringify(articles) };
  }

  // Analyzes articles for about a tenth of a second, then lets the page paint the progress, so
  // that a large dossier never freezes it; a newer load drops an older one still under way. A
  // painted frame can cost as much as the work (software WebGL), so the work comes in slices of
  // time, not of bytes.
  const STEP_BYTES = 32 * 1024;
  const SLICE_MS = 100;
  let run = 0;
  async function build(list, name, add) {
    const { json, error } = articlesOf(list);
    if (error) return { ok: false, error };
    const mine = ++run;
    const total = withCString(json, (p) => withCString(name || '', (n) => Module._depeche_dossier_begin(p, n, add ? 1 : 0)));
    if (total < 0) return finish(false);
    for (let done = 0; done < total;) {
      if (mine !== run) return { ok: false, error: 'superseded' };
      const started = performance.now();
      while (done < total && performance.now() - started < SLICE_MS) done = Module._depeche_dossier_step(STEP_BYTES);
      say(window.depeche.uiFormat('dossier-loading', done, total));
      if (done < total) await new Promise((next) => setTimeout(next, 0));
    }
    if (mine !== run) return { ok: false, error: 'superseded' };
    return loadingAs(null, () => finish(Module._depeche_dossier_finish() === 1));
  }

  // Many articles as one dossier: a promise of {ok, refused} or {ok: false, error}.
  const loadDossier = (list, options = {}) => build(list, options.name, false);
  // Adds articles to what is on screen: an article becomes a dossier's first, a dossier grows.
  const addArticles = (list) => build(list, '', true);

  function openExampleDossier(key = 'karabakh') {
    const manifest = EXAMPLES[key];
    if (!manifest) return { ok: false, error: `no example dossier "${key}"` };
    const name = window.depeche.uiText('example-dossier').replace(/^[^:]*:\s*/, '');
    return loadingAs(key, () => finish(Boolean(
      withCString(manifest, (m) => withCString(name, (n) => Module._depeche_load_bundled_dossier(m, n))))));
  }

  // data-articles: each URL fetched (same origin only, as data-article); a file that cannot be
  // fetched is given empty, so the core refuses it by name and keeps the others.
  async function fetchArticles(urls) {
    return Promise.all(urls.map(async (url) => {
      const name = url.split('/').pop();
      try {
        const resolved = new URL(url, location.href);
        if (resolved.origin !== location.origin) return { name, text: '' };
        const response = await fetch(resolved);
        return { name, text: response.ok ? await response.text() : '' };
      } catch {
        return { name, text: '' };
      }
    }));
  }

  // Called by shell.js before the first article: true when a dossier was asked and opened.
  async function loadFirstDossier() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const example = hash.get('dossier');
    if (example && EXAMPLES[example]) return openExampleDossier(example).ok;
    const urls = (root.dataset.articles || '').split(/\s+/).filter(Boolean);
    if (urls.length === 0) return false;
    return (await loadDossier(await fetchArticles(urls))).ok;
  }

  Object.assign(window.depeche, {
    loadDossier,
    addArticles,
    openExampleDossier,
    loadFirstDossier,
    dossier() { return JSON.parse(Module.UTF8ToString(Module._depeche_dossier_json())); },
    // {dossier: true|false, example: "karabakh"|null}
    shownDossier() { return { ...(loading || shown) }; },
    showArticles(ids) {
      if (!Array.isArray(ids)) return false;
      return withCString(JSON.stringify(ids.map(String)), (p) => Module._depeche_show_articles(p)) === 1;
    },
  });

  // The bar's link to the example: a deep link, so it can be shared and reloaded.
  const example = document.getElementById('depeche-example-dossier');
  if (example) {
    example.addEventListener('click', (event) => {
      event.preventDefault();
      const hash = new URLSearchParams(location.hash.slice(1));
      hash.set('dossier', 'karabakh');
      hash.delete('sel');
      history.replaceState(null, '', `#${hash}`);
      openExampleDossier('karabakh');
    });
  }
}());
