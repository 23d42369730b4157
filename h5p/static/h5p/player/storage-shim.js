// Where the browser denies storage to this cross-site frame, reading
// window.localStorage throws and H5P's start-up stops half-way. Give the page an
// in-memory Storage instead; where storage works this does nothing.
(function () {
  "use strict";
  function memoryStorage() {
    var items = new Map();
    return {
      get length() { return items.size; },
      key: function (index) { return Array.from(items.keys())[index] || null; },
      getItem: function (key) { return items.has(String(key)) ? items.get(String(key)) : null; },
      setItem: function (key, value) { items.set(String(key), String(value)); },
      removeItem: function (key) { items.delete(String(key)); },
      clear: function () { items.clear(); }
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) { return; }
    } catch (denied) {
      // fall through to the replacement
    }
    Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
  });
})();
