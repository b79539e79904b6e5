// Opening another article: paste it anywhere on the page (the browser's paste event, which the
// canvas's ImGui cannot see), drop a .txt file on the explorer, or use the "Open" button, which
// shows a small dialog with a text box and a file picker. Several files, or texts separated by a
// "---" line, or a JSON list, open as a dossier. The new article replaces the old one only if the
// core accepts it.
'use strict';

(function () {
  const api = window.depeche;
  const root = document.getElementById('depeche');
  const canvas = document.getElementById('canvas');
  const t = api.uiText;

  // Several articles in one paste: a JSON list [{"name", "text", "dct"}], or texts separated by
  // a line holding only "---". Each becomes an article of a dossier.
  function articlesIn(text, dct) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
      try {
        const list = JSON.parse(trimmed);
        if (Array.isArray(list)) return list.map((a) => (a && typeof a === 'object' && dct && !a.dct ? { ...a, dct } : a));
      } catch { /* not JSON: an article that opens with a bracket */ }
    }
    const parts = text.split(/^[ \t]*---[ \t]*$/m).filter((part) => part.trim());
    if (parts.length < 2) return null;
    return parts.map((part, i) => ({ name: `${t('pasted-text')} ${i + 1}`, text: part.trim(), dct: dct || undefined }));
  }

  // `add`: the text joins what is on screen as a dossier, rather than replacing it.
  function openText(text, dct, add = false) {
    if (!text || !text.trim()) return { ok: false, error: 'empty' };
    const articles = articlesIn(text, dct);
    if (add) return api.addArticles(articles || [{ name: t('pasted-text'), text, dct: dct || undefined }]);
    if (articles) return api.loadDossier(articles);
    return api.load(text, dct ? { dct } : {});
  }

  const isText = (file) => !file.type || file.type.startsWith('text/') || /\.(txt|text)$/i.test(file.name);

  async function openFile(file, dct) {
    if (!file) return { ok: false, error: 'no file' };
    if (!isText(file)) {
      const result = { ok: false, error: `${file.name}: ${t('open-hint')}` };
      say(result.error);
      return result;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return api.load(bytes, dct ? { name: file.name, dct } : { name: file.name });
  }

  // Several files make a dossier. A file that is no text is given empty, so the core lists it
  // among the refused by its name and keeps the others.
  async function openFiles(files, dct, add = false) {
    const list = Array.from(files || []);
    if (list.length < 2 && !add) return openFile(list[0], dct);
    const articles = await Promise.all(list.map(async (file) => ({
      name: file.name,
      text: isText(file) ? await file.text() : '',
      dct: dct || undefined,
    })));
    return add ? api.addArticles(articles) : api.loadDossier(articles);
  }

  const say = (message) => window.depeche.shell.say(message, true);

  // The dialog is built on first use, with DOM calls only (a strict CSP forbids inline HTML/styles).
  let dialog = null;
  function buildDialog() {
    dialog = document.createElement('dialog');
    dialog.className = 'depeche-open';
    const form = document.createElement('form');
    form.method = 'dialog';
    const heading = document.createElement('h2');
    const area = document.createElement('textarea');
    area.rows = 10;
    const file = document.createElement('input');
    file.type = 'file';
    file.accept = '.txt,text/plain';
    file.multiple = true;
    // The publication date, when the text does not give it: relative dates hang on it.
    const dateLabel = document.createElement('label');
    dateLabel.className = 'depeche-open-date';
    const dateName = document.createElement('span');
    const date = document.createElement('input');
    date.type = 'text';
    date.autocomplete = 'off';
    date.inputMode = 'text';
    dateLabel.append(dateName, date);
    // Several articles make a dossier; this adds the new ones to what is on screen.
    const addLabel = document.createElement('label');
    addLabel.className = 'depeche-open-add';
    const add = document.createElement('input');
    add.type = 'checkbox';
    const addName = document.createElement('span');
    addLabel.append(add, addName);
    const dateError = document.createElement('p');
    dateError.className = 'depeche-open-error';
    dateError.setAttribute('role', 'alert');
    const row = document.createElement('div');
    row.className = 'depeche-open-actions';
    const pick = document.createElement('button');
    pick.type = 'button';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    const go = document.createElement('button');
    go.type = 'submit';
    go.className = 'primary';
    row.append(pick, cancel, go);
    form.append(heading, area, dateLabel, dateError, addLabel, file, row);
    dialog.append(form);
    root.append(dialog);
    pick.addEventListener('click', () => file.click());
    cancel.addEventListener('click', () => dialog.close());
    // What was typed stays when it is no date, with a word on what to write.
    const typedDate = () => {
      const typed = date.value.trim();
      if (!typed) return { ok: true, dct: null };
      const dct = api.readDate(typed);
      dateError.textContent = dct ? '' : t('dct-invalid').replace('{date}', typed);
      return { ok: Boolean(dct), dct };
    };
    const done = () => { area.value = ''; date.value = ''; add.checked = false; dialog.close(); };
    file.addEventListener('change', async () => {
      const when = typedDate();
      if (!when.ok) { file.value = ''; return; }
      const result = await openFiles(file.files, when.dct, add.checked);
      file.value = '';
      if (result.ok) done();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const when = typedDate();
      if (!when.ok) return;
      Promise.resolve(openText(area.value, when.dct, add.checked)).then((result) => { if (result.ok) done(); });
    });
    dialog.addEventListener('close', () => canvas.focus());
    dialog.parts = { heading, area, dateName, date, dateError, addName, pick, cancel, go };
  }

  function showDialog() {
    if (!dialog) buildDialog();
    const p = dialog.parts;
    p.heading.textContent = t('open');
    p.area.placeholder = t('open-hint');
    p.dateName.textContent = t('dct');
    p.date.placeholder = t('dct-hint');
    p.dateError.textContent = '';
    p.addName.textContent = t('open-add');
    p.pick.textContent = t('open-file');
    p.cancel.textContent = t('cancel');
    p.go.textContent = t('analyze');
    if (!dialog.open) dialog.showModal();
    p.area.focus();
  }

  document.addEventListener('paste', (e) => {
    if (dialog && dialog.open) return;  // the dialog's text box takes it as usual
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text) return;
    e.preventDefault();
    const bytes = new TextEncoder().encode(`${text}\0`);
    const ptr = Module._malloc(bytes.length);
    let typed = 0;
    try {
      Module.HEAPU8.set(bytes, ptr);
      typed = Module._depeche_paste_into_input(ptr);
    } finally { Module._free(ptr); }
    if (!typed) openText(text);
  });

  root.addEventListener('dragover', (e) => {
    if (e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')) {
      e.preventDefault();
      root.classList.add('dropping');
    }
  });
  root.addEventListener('dragleave', () => root.classList.remove('dropping'));
  root.addEventListener('drop', (e) => {
    root.classList.remove('dropping');
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    e.preventDefault();
    openFiles(e.dataTransfer.files);
  });

  Object.assign(api, {
    // Shows the "Open" dialog (also what the header's button does).
    open: showDialog,
    openFile,
    openFiles,
  });
  window.Module.onDepecheOpen = showDialog;
}());
