// Web shell of the Depeche explorer: configures the wasm module, loads the first article and
// exposes window.depeche, the page's JavaScript API (used by the tests and by host pages).
'use strict';

(function () {
  const root = document.getElementById('depeche');
  const canvas = document.getElementById('canvas');
  const statusLine = document.getElementById('depeche-status');
  const encoder = new TextEncoder();

  function say(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  function withCString(text, use) {
    if (text === undefined || text === null) return use(0);
    const bytes = encoder.encode(String(text) + '\0');
    const ptr = Module._malloc(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    try { return use(ptr); } finally { Module._free(ptr); }
  }

  // Bytes go to the core as they are, so invalid UTF-8 in a dropped file is repaired by the
  // core (offsets intact) rather than by the browser.
  function loadBytes(bytes, name, dct) {
    if (bytes.length > Module._depeche_max_input_bytes()) {
      const limit = Module._depeche_max_input_bytes() >> 20;
      return { ok: false, error: `Ce texte dépasse ${limit} Mio, la taille maximale analysée.` };
    }
    const ptr = Module._malloc(Math.max(1, bytes.length));
    Module.HEAPU8.set(bytes, ptr);
    try {
      const ok = withCString(name || '', (n) => withCString(dct || '', (d) => Module._depeche_load(ptr, bytes.length, n, d)));
      return ok ? { ok: true } : { ok: false, error: Module.UTF8ToString(Module._depeche_status()) };
    } finally {
      Module._free(ptr);
    }
  }

  const api = {
    ready,
    load(text, options = {}) {
      const bytes = typeof text === 'string' ? encoder.encode(text) : new Uint8Array(text);
      const result = loadBytes(bytes, options.name || 'texte collé', options.dct);
      say(result.ok ? '' : result.error, !result.ok);
      return result;
    },
    analysis() { return JSON.parse(Module.UTF8ToString(Module._depeche_analysis_json())); },
    text() { return Module.UTF8ToString(Module._depeche_text()); },
    missingGlyphs() { return JSON.parse(Module.UTF8ToString(Module._depeche_missing_glyphs())); },
    framesBuilt() { return Module._depeche_frames_built(); },
  };
  window.depeche = api;

  async function loadFirstArticle() {
    const dct = root.dataset.dct || '';
    if (root.dataset.article) {
      try {
        const response = await fetch(root.dataset.article);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const result = loadBytes(bytes, root.dataset.article.split('/').pop(), dct);
        if (!result.ok) say(result.error, true);
        return;
      } catch (e) {
        say(`L'article ${root.dataset.article} n'a pas pu être chargé (${e.message}).`, true);
      }
    }
    if (root.dataset.bundled) {
      const ok = withCString(root.dataset.bundled, (p) => withCString(dct, (d) => Module._depeche_load_bundled(p, d)));
      if (!ok) say(Module.UTF8ToString(Module._depeche_status()), true);
    }
  }

  window.Module = {
    canvas,
    onDepecheStarted() { loadFirstArticle(); },
    onDepecheReady() {
      if (!statusLine.classList.contains('error')) say('');
      resolveReady();
    },
    onDepecheError(message) {
      say(`Erreur : ${message}`, true);
      rejectReady(new Error(message));
    },
    printErr(text) { console.warn(text); },
  };
  say('Chargement de l\'explorateur…');
}());
