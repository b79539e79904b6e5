// Service worker of the hosted page: after a first visit the explorer opens without network.
// Network first, so a new build is picked up as soon as the reader is online again; the cache
// answers only when the network does not. Only this origin's GET requests are handled.
'use strict';

const CACHE = 'depeche-v3';
// Everything the page loads, the smaller towns and the detailed map included: they are fetched
// after the first frame, often before this worker is installed, so it could miss them on the way.
const SHELL = ['./', 'index.html', 'depeche.css', 'shell.js', 'input.js', 'open.js', 'dossier.js', 'deeplink.js',
  'a11y.js', 'depeche.js', 'depeche.wasm', 'gazetteer-towns.json', 'world-50m.bin'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
    }
    return response;
  }, () => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())));
});
