// The queue snippet: put it before assist.js (inline with the page's nonce, or as this file) so the
// page can call window.Assist before assist.js has arrived. assist.js replays the calls in order;
// `on()` already returns a working unsubscribe function. Plain ES5: it runs wherever it is pasted.
window.Assist =
  window.Assist ||
  (function () {
    var q = [];
    var assist = { q: q };
    'open close toggle identify setLocale on off destroy'.split(' ').forEach(function (method) {
      assist[method] = function () {
        var args = arguments;
        q.push([method, args]);
        if (method === 'on')
          return function () {
            q.push(['off', args]);
          };
      };
    });
    return assist;
  })();
