// Pointer, touch and wheel input of the explorer's canvas. Emscripten's GLFW hands the browser's
// raw wheel pixels to ImGui as notches (a hundred times too far, and backwards), reads a finger
// at the previous mouse position and never scrolls on a swipe; so the canvas's pointer events
// come here instead, and go to the app's gesture reader (src/app/model/gestures.h) in device
// pixels with their time. Keys stay with GLFW (see shell.js).
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  if (!canvas) return;

  // GLFW registers its mouse, touch and wheel listeners on the canvas when the module starts;
  // they are refused here, before it does.
  const TAKEN = new Set(['mousedown', 'mouseup', 'mousemove', 'wheel', 'mousewheel', 'DOMMouseScroll',
    'touchstart', 'touchmove', 'touchend', 'touchcancel']);
  const ownAddEventListener = canvas.addEventListener;
  canvas.addEventListener = function (type, listener, options) {
    if (TAKEN.has(type)) return undefined;
    return ownAddEventListener.call(this, type, listener, options);
  };

  const TYPES = { pointerdown: 0, pointermove: 1, pointerup: 2, pointercancel: 3, pointerleave: 4 };
  const ready = () => typeof Module === 'object' && typeof Module._depeche_pointer === 'function';

  function devicePoint(event) {
    const rect = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    return [(event.clientX - rect.left) * ratio, (event.clientY - rect.top) * ratio];
  }

  function onPointer(event) {
    if (!ready()) return;
    const [x, y] = devicePoint(event);
    const touch = event.pointerType === 'touch' ? 1 : 0;
    if (event.type === 'pointerdown') {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      // A mouse drag that leaves the canvas still ends where it was released.
      if (!touch && canvas.setPointerCapture) canvas.setPointerCapture(event.pointerId);
      if (document.activeElement !== canvas) canvas.focus({ preventScroll: true });
    }
    Module._depeche_pointer(TYPES[event.type], event.pointerId, touch, x, y, event.timeStamp);
    if (touch) event.preventDefault();
  }
  for (const type of Object.keys(TYPES)) ownAddEventListener.call(canvas, type, onPointer, { passive: false });

  // Touch gestures are the explorer's while over it: the page neither scrolls nor zooms under them
  // (canvas { touch-action: none } says the same to browsers that read it).
  for (const type of ['touchstart', 'touchmove']) {
    ownAddEventListener.call(canvas, type, (event) => { if (event.cancelable) event.preventDefault(); }, { passive: false });
  }

  ownAddEventListener.call(canvas, 'wheel', (event) => {
    if (!ready()) return;
    const [x, y] = devicePoint(event);
    // Once the wheel is over the explorer it is the explorer's, save a pinch (Ctrl) over text,
    // which the browser keeps for its own zoom.
    if (Module._depeche_wheel(event.deltaMode, event.deltaX, event.deltaY, x, y, event.ctrlKey ? 1 : 0)) event.preventDefault();
  }, { passive: false });
}());
