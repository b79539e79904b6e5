// Selection, filters and preferences of the explorer: extends window.depeche with select,
// selection, state, setFilters, setDct, viewState, setTheme, setLanguage and an 'on' emitter, and keeps
// the state in the URL hash (#sel=q3&speaker=e1&place=p2&kinds=direct,mixed&search=…&dct=…&lang=en&theme=dark)
// so a shared link opens on the same quote or event.
'use strict';

(function () {
  const api = window.depeche;
  const root = document.getElementById('depeche');
  const listeners = { select: [], change: [] };
  let hashApplied = false;

  const { withCString } = api.shell;
  const str = (ptr) => Module.UTF8ToString(ptr);
  const emit = (type, value) => listeners[type].forEach((f) => f(value));

  const darkScheme = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  let themeOverride = null, languageOverride = null;
  // What the page last showed: a difference with the explorer's is a choice the reader made in it.
  let shownTheme = null, shownLanguage = null;

  // The page around the canvas (its bar, the text version's headings) wears the same theme
  // and speaks the same language as the explorer.
  function showTheme(theme) {
    shownTheme = theme;
    document.documentElement.dataset.theme = theme;
  }
  function showLanguage(language) {
    shownLanguage = language;
    document.documentElement.lang = language;
    api.translatePage();
  }

  function applyTheme() {
    const theme = themeOverride || (darkScheme && darkScheme.matches ? 'dark' : 'light');
    withCString(theme, (t) => Module._depeche_set_theme(t));
    showTheme(theme);
  }

  function applyLanguage() {
    const wanted = languageOverride ? [languageOverride] : Array.from(navigator.languages || [navigator.language || 'fr']);
    const chosen = withCString(JSON.stringify(wanted), (j) => str(Module._depeche_set_ui_languages(j)));
    showLanguage(chosen);
    return chosen;
  }

  // The theme button and the language buttons drawn in the canvas: the choice becomes the
  // page's, so the URL keeps it and a reload restores it.
  function adoptExplorerChoices(s) {
    if (s.theme && shownTheme !== null && s.theme !== shownTheme) {
      themeOverride = s.theme;
      showTheme(s.theme);
    }
    if (s.uiLanguage && shownLanguage !== null && s.uiLanguage !== shownLanguage) {
      languageOverride = s.uiLanguage;
      showLanguage(s.uiLanguage);
    }
  }

  // The hash holds what differs from the page's defaults, in readable keys.
  function stateToHash() {
    const s = JSON.parse(str(Module._depeche_selection()));
    const p = new URLSearchParams();
    const dossier = typeof api.shownDossier === 'function' ? api.shownDossier() : { dossier: false, example: null };
    if (dossier.example) p.set('dossier', dossier.example);
    if (s.selected) p.set('sel', s.selected);
    if (s.filters.speaker) p.set('speaker', s.filters.speaker);
    if (s.filters.place) p.set('place', s.filters.place);
    if (s.filters.kinds.length < 3) p.set('kinds', s.filters.kinds.join(','));
    if (s.filters.search) p.set('search', s.filters.search);
    // A dossier's articles keep their own dates: there is no one date to write.
    if (!dossier.dossier && s.dct && s.dct !== (root.dataset.dct || '')) p.set('dct', s.dct);
    if (languageOverride) p.set('lang', languageOverride);
    if (themeOverride) p.set('theme', themeOverride);
    const text = p.toString();
    return text ? `#${text}` : '';
  }

  function writeHash() {
    if (!hashApplied) return;
    const hash = stateToHash();
    if (hash !== window.location.hash && !(hash === '' && window.location.hash === '#')) {
      history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    }
  }

  function applyHash() {
    const p = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    if (p.get('lang')) languageOverride = p.get('lang');
    if (p.get('theme') === 'dark' || p.get('theme') === 'light') themeOverride = p.get('theme');
    applyLanguage();
    applyTheme();
    const current = JSON.parse(str(Module._depeche_selection()));
    if (p.get('dct') && p.get('dct') !== current.dct) withCString(p.get('dct'), (d) => Module._depeche_set_dct(d));
    const filters = {
      speaker: p.get('speaker'), place: p.get('place'),
      kinds: p.get('kinds') ? p.get('kinds').split(',') : ['direct', 'indirect', 'mixed'],
      search: p.get('search') || '',
    };
    withCString(JSON.stringify(filters), (j) => Module._depeche_set_filters(j));
    withCString(p.get('sel') || '', (id) => Module._depeche_select(id));
  }

  Object.assign(api, {
    // Selects an entity (e1), quote (q3), event (ev2) or place (p1); '' clears. False when unknown.
    select(id) { return withCString(id || '', (p) => Module._depeche_select(p)) === 1; },
    // The selected id, or null.
    selection() { return JSON.parse(str(Module._depeche_selection())).selected; },
    // {selected, filters: {speaker, place, kinds, search}}.
    state() { const { selected, filters } = JSON.parse(str(Module._depeche_selection())); return { selected, filters }; },
    // {speaker, place, kinds: ['direct'|'indirect'|'mixed'], search}; missing keys lift that filter.
    setFilters(filters) { return withCString(JSON.stringify(filters || {}), (p) => Module._depeche_set_filters(p)) === 1; },
    // Re-analyzes the article with another publication date (YYYY-MM-DD); every relative date moves.
    setDct(dct) {
      const ok = withCString(dct || '', (p) => Module._depeche_set_dct(p)) === 1;
      return ok ? { ok } : { ok, error: str(Module._depeche_status()) };
    },
    // What each view shows now: visible quotes, article highlights, chronology and map selection,
    // and the regions a reader taps or scrolls, placed in the page's viewport (clientX, clientY).
    viewState() {
      const state = JSON.parse(str(Module._depeche_view_state()));
      const box = document.getElementById('canvas').getBoundingClientRect();
      for (const region of [...(state.regions || []), state.keyboardFocus]) {
        if (!region) continue;
        region.x += box.left;
        region.y += box.top;
      }
      return state;
    },
    // Downloads 'json' (the analysis), 'csv' or 'csv-semicolons' (the quotes; the second for a
    // French Excel) or 'timeline' (TimelineJS JSON).
    exportAs(kind) { return withCString(kind, (k) => Module._depeche_export(k)) === 1; },
    setTheme(theme) { themeOverride = theme === 'dark' || theme === 'light' ? theme : null; applyTheme(); writeHash(); },
    setLanguage(lang) { languageOverride = lang || null; const chosen = applyLanguage(); writeHash(); return chosen; },
    on(type, listener) {
      if (!listeners[type]) throw new Error(`unknown event ${type}: use 'select' or 'change'`);
      listeners[type].push(listener);
      return () => { listeners[type] = listeners[type].filter((f) => f !== listener); };
    },
  });

  // 'select' follows the selected item whoever changed it (a click, an arrow key, the API, a link).
  let lastSelected = null;
  Object.assign(window.Module, {
    onDepecheSelect() {},
    onDepecheState() {
      adoptExplorerChoices(JSON.parse(str(Module._depeche_selection())));
      writeHash();
      const state = api.state();
      if (state.selected !== lastSelected) {
        lastSelected = state.selected;
        emit('select', state.selected);
      }
      if (hashApplied) emit('change', state);
    },
  });

  if (darkScheme) darkScheme.addEventListener('change', () => { if (!themeOverride) applyTheme(); });
  window.addEventListener('hashchange', () => { if (hashApplied && window.location.hash !== stateToHash()) applyHash(); });

  api.ready.then(() => {
    applyHash();
    hashApplied = true;
    writeHash();
  }, () => {});
}());
