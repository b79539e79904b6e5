// Web shell of the Depeche explorer: configures the wasm module, loads the first article and
// exposes window.depeche, the page's JavaScript API (used by the tests, the embed frame and
// host pages). Every successful load fires a `depeche:analysis` event on document.
'use strict';

(function () {
  const root = document.getElementById('depeche');
  const canvas = document.getElementById('canvas');
  const statusLine = document.getElementById('depeche-status');
  const encoder = new TextEncoder();

  const STARTING = 'Chargement de l\'explorateur…';

  function say(message, isError) {
    if (!statusLine) return;
    statusLine.textContent = message;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  // GLFW listens to keys on the whole window and swallows Tab: left alone it would take the
  // keys of every field and link of the page. Key presses reach it only while the canvas has
  // focus; a release reaches it when it saw the press, so no key stays held after focus moves.
  const originalAddEventListener = window.addEventListener;
  const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
  const keysDown = new Set();
  window.addEventListener = function (type, listener, options) {
    if (!['keydown', 'keypress', 'keyup'].includes(type) || typeof listener !== 'function') {
      return originalAddEventListener.call(this, type, listener, options);
    }
    const inner = listener;
    return originalAddEventListener.call(this, type, (event) => {
      if (type === 'keyup' ? keysDown.delete(event.code) : event.target === canvas) inner(event);
      if (type === 'keydown' && event.target === canvas) {
        keysDown.add(event.code);
        // The explorer scrolls its own panes with these; the page behind must not move too.
        // Stopping Space also stops the character it types, so a text box of the explorer that
        // has the keys gets it here.
        if (SCROLL_KEYS.has(event.key)) event.preventDefault();
        if (event.key === ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) withCString(' ', (p) => Module._depeche_paste_into_input(p));
      }
    }, options);
  };

  // Escape clears the selection first; with nothing selected it hands focus back to the page,
  // so the canvas never traps a keyboard user.
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const selection = typeof api.selection === 'function' ? api.selection() : null;
    if (selection && (typeof selection === 'object' ? selection.selected : selection)) return;
    const leave = new CustomEvent('depeche:leave', { cancelable: true });
    if (document.dispatchEvent(leave)) {
      // Focus goes back to the page where the explorer is, not to the text version far below.
      canvas.blur();
      root.setAttribute('tabindex', '-1');
      root.focus({ preventScroll: true });
    }
  });

  // Tab past the explorer's last control (or Shift+Tab before its first) goes on to the page's
  // next (or previous) control, as it would past any web widget: the walk never goes round.
  function leaveExplorer(direction) {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
      'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const controls = Array.from(document.querySelectorAll(selector))
      .filter((element) => element === canvas || (element.getClientRects().length > 0 && !element.closest('[hidden], [inert]')));
    const at = controls.indexOf(canvas);
    const next = at < 0 ? null : controls[at + (direction > 0 ? 1 : -1)];
    canvas.blur();
    if (next) next.focus();
    else {
      // The explorer is the page's last (or first) control: the browser's own walk takes over
      // from the page itself, out to its address bar or to the page that embeds this frame.
      root.setAttribute('tabindex', '-1');
      root.focus({ preventScroll: true });
    }
  }

  // Tab on the page that lands on the canvas went to the control it left, so the explorer never
  // saw it: it is told, and its walk starts at its first control (its last for Shift+Tab).
  let tabbing = 0;
  document.addEventListener('keydown', (event) => {
    tabbing = event.key === 'Tab' && event.target !== canvas ? (event.shiftKey ? -1 : 1) : 0;
  }, true);
  document.addEventListener('keyup', () => { tabbing = 0; }, true);
  canvas.addEventListener('focus', () => {
    if (tabbing && Module._depeche_enter_by_tab) Module._depeche_enter_by_tab(tabbing);
    tabbing = 0;
  });

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  // Bytes copied into the wasm heap for the length of one call.
  function withBytes(bytes, use) {
    const ptr = Module._malloc(Math.max(1, bytes.length));
    Module.HEAPU8.set(bytes, ptr);
    try { return use(ptr); } finally { Module._free(ptr); }
  }

  function withCString(text, use) {
    if (text === undefined || text === null) return use(0);
    return withBytes(encoder.encode(String(text) + '\0'), use);
  }

  // The interface's words for the page's own controls, in the UI language (assets/ui/strings.json).
  // Keys live for the page's lifetime: a handful of short strings, encoded once each.
  const keys = new Map();
  function uiText(key) {
    if (!keys.has(key)) {
      const bytes = encoder.encode(`${key}\0`);
      const ptr = Module._malloc(bytes.length);
      Module.HEAPU8.set(bytes, ptr);
      keys.set(key, ptr);
    }
    return Module.UTF8ToString(Module._depeche_ui_text(keys.get(key)));
  }

  // Elements name their words by key: data-ui for the text, data-ui-label for aria-label.
  // "{}" in a string takes the arguments in turn.
  function uiFormat(key, ...args) {
    let i = 0;
    return uiText(key).replace(/\{\}/g, () => String(args[i++]));
  }

  // "1 citation", "2 citations": the "-one" form for the numbers the language says singular.
  function uiCount(n, key) {
    const singular = uiText('plural-one').split(' ').includes(String(n));
    return `${n} ${uiText(singular ? `${key}-one` : key)}`;
  }

  function translatePage() {
    for (const element of document.querySelectorAll('[data-ui]')) element.textContent = uiText(element.dataset.ui);
    for (const element of document.querySelectorAll('[data-ui-label]')) element.setAttribute('aria-label', uiText(element.dataset.uiLabel));
    document.dispatchEvent(new CustomEvent('depeche:translated'));
  }

  function announceLoaded() {
    document.dispatchEvent(new CustomEvent('depeche:analysis'));
  }

  // Bytes go to the core as they are, so invalid UTF-8 in a dropped file is repaired by the
  // core (offsets intact) rather than by the browser.
  function loadBytes(bytes, name, dct) {
    if (bytes.length > Module._depeche_max_input_bytes()) {
      return { ok: false, error: uiFormat('too-big', Module._depeche_max_input_bytes() >> 20) };
    }
    return withBytes(bytes, (ptr) => {
      const ok = withCString(name || '', (n) => withCString(dct || '', (d) => Module._depeche_load(ptr, bytes.length, n, d)));
      if (ok) announceLoaded();
      return ok ? { ok: true } : { ok: false, error: Module.UTF8ToString(Module._depeche_status()) };
    });
  }

  // A file the first frame does without (the smaller towns, the 1:50M outlines): taken from the
  // module when the offline file holds it, fetched otherwise, once the reader is doing nothing.
  // `beforeAdding` runs between the fetch and the add. Resolves to what the module's add function
  // returned; throws with the reason it could not.
  const idle = () => new Promise((go) => (window.requestIdleCallback ? requestIdleCallback(go, { timeout: 2000 }) : setTimeout(go, 0)));
  async function addLater(file, addBundled, add, beforeAdding) {
    await idle();
    const bundled = addBundled();
    if (bundled) return bundled;
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    await beforeAdding();
    const added = withBytes(bytes, (ptr) => add(ptr, bytes.length));
    if (!added) throw new Error(Module.UTF8ToString(Module._depeche_status()));
    return added;
  }

  // The gazetteer's smaller towns come after the first frame, so that the first load stays small;
  // what is on screen is then analyzed again with them. Keying them holds the main thread for a
  // tenth of a second or two, so that waits for the reader to be idle again after the fetch. The
  // page hears of a new analysis only when the towns changed the one on screen (the module
  // answers 2).
  async function addTowns() {
    const added = await addLater('gazetteer-towns.json', () => Module._depeche_add_bundled_towns(),
      (ptr, size) => Module._depeche_add_towns(ptr, size), idle);
    if (added === 2) announceLoaded();
  }

  // The 1:50M outlines come when the map is first zoomed in past what the 1:110M ones show (the
  // module asks through Module.onDepecheMapDetail). If they cannot be had, the status line says
  // so and the map keeps its coarser outlines.
  let mapDetailAdded;
  const mapDetail = new Promise((resolve) => { mapDetailAdded = resolve; });
  async function addMapDetail() {
    try {
      // Asked during the first frame when the article's places are close together: the fetch and
      // the mesh's triangulation wait until it is shown.
      await ready;
      // Added as soon as fetched: the reader zoomed in and is waiting for it.
      await addLater('world-50m.bin', () => Module._depeche_add_bundled_map_detail(),
        (ptr, size) => Module._depeche_add_map_detail(ptr, size), async () => {});
      mapDetailAdded(true);
    } catch (e) {
      say(uiFormat('map-detail-missing', e.message), true);
      mapDetailAdded(false);
    }
  }

  const api = {
    ready,
    load(text, options = {}) {
      const bytes = typeof text === 'string' ? encoder.encode(text) : new Uint8Array(text);
      // Without a name, the explorer calls it "pasted text" in whatever language it shows.
      const result = loadBytes(bytes, options.name || '', options.dct);
      say(result.ok ? '' : result.error, !result.ok);
      return result;
    },
    analysis() { return JSON.parse(Module.UTF8ToString(Module._depeche_analysis_json())); },
    text() { return Module.UTF8ToString(Module._depeche_text()); },
    // A date as a reader types it ("14/05/2024", "14 mai 2024", "2024-05-14") in ISO form, or null.
    readDate(typed) { return withCString(String(typed || ''), (p) => Module.UTF8ToString(Module._depeche_read_date(p))) || null; },
    missingGlyphs() { return JSON.parse(Module.UTF8ToString(Module._depeche_missing_glyphs())); },
    framesBuilt() { return Module._depeche_frames_built(); },
    uiText,
    translatePage,
    // The interface's words in the language shown, for the page's own text (web/a11y.js).
    uiText,
    uiFormat,
    uiCount,
  };
  window.depeche = api;
  // For the page's other scripts (open.js, dossier.js, deeplink.js): the status line and strings
  // into the wasm heap. Not enumerable, since it is no part of the API host pages use.
  Object.defineProperty(api, 'shell', { value: Object.freeze({ say, withCString, withBytes }) });
  // Resolves to true once the 1:50M outlines are in (after the map was first zoomed in), false
  // when they could not be had.
  api.mapDetail = mapDetail;
  // Resolves to true once the smaller towns are in, false when they could not be had (said on the
  // status line: only the larger places are then found).
  api.towns = ready.then(() => addTowns().then(() => true,
    (e) => { say(uiFormat('towns-missing', e.message), true); return false; }), () => false);

  async function loadFirstArticle() {
    if (typeof api.loadFirstDossier === 'function' && await api.loadFirstDossier()) return;
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
      if (ok) announceLoaded();
      else say(Module.UTF8ToString(Module._depeche_status()), true);
    }
  }

  // The tool bar's way to the "Open" dialog (web/open.js): a pasted text or a .txt from disk,
  // which is what a classroom does with the offline file.
  const openButton = document.getElementById('depeche-open-button');
  if (openButton) openButton.addEventListener('click', () => { if (typeof api.open === 'function') api.open(); });

  // The hosted page keeps a copy of itself for the next visit without network. Copying the
  // site competes with the first frames for the network and the CPU, so it waits for them.
  const SETTLE_MS = 2500;
  const offlineNote = document.getElementById('depeche-offline');
  if (offlineNote) {
    const note = (key) => { offlineNote.dataset.ui = key; offlineNote.textContent = uiText(key); };
    if (location.protocol === 'file:') {
      ready.then(() => note('offline-file'), () => {});
    } else if ('serviceWorker' in navigator && window.isSecureContext) {
      ready.then(() => new Promise((settled) => setTimeout(settled, SETTLE_MS)))
        .then(() => navigator.serviceWorker.register('sw.js'))
        .then(() => navigator.serviceWorker.ready)
        .then(() => note('offline-ready'), () => {});
    }
  }

  window.Module = {
    canvas,
    onDepecheStarted() { loadFirstArticle(); },
    onDepecheReady() {
      // Only the start-up line goes: a refusal or a note of a first load stays.
      if (statusLine.textContent === STARTING) say('');
      // For the page benchmark and the tests: what came before the first frame, and what after.
      performance.mark('depeche-first-frame');
      resolveReady();
    },
    onDepecheError(message) {
      say(`Erreur : ${message}`, true);
      rejectReady(new Error(message));
    },
    onDepecheLeave: leaveExplorer,
    onDepecheMapDetail: addMapDetail,
    printErr(text) { console.warn(text); },
  };
  say(STARTING);
}());
