// Progressive enhancements for the admin. Every form works without this script; it only adds
// feedback as the editor types. No inline script is needed (the CSP allows only this origin).
(function () {
  'use strict';

  // Move focus to an error summary or conflict notice, so screen-reader users hear it first.
  var summary = document.querySelector('[data-focus]');
  if (summary) { summary.focus(); }

  // Achievement as the editor types an actual; the server recomputes the same way on save.
  document.querySelectorAll('[data-achievement-target]').forEach(function (input) {
    var output = document.getElementById(input.getAttribute('data-achievement-output'));
    var target = parseFloat(input.getAttribute('data-achievement-target'));
    var direction = input.getAttribute('data-achievement-direction');
    if (!output) { return; }
    function update() {
      var value = parseFloat(String(input.value).replace(/[,，]/g, ''));
      var pct = null;
      if (!isNaN(value)) {
        if (direction === 'lower_is_better') { pct = value === 0 ? (target >= 0 ? 100 : null) : target / value * 100; }
        else if (target !== 0) { pct = value / target * 100; }
      }
      output.textContent = pct === null || !isFinite(pct) ? '–' : (Math.round(pct * 10) / 10) + '%';
    }
    input.addEventListener('input', update);
  });

  // Live Markdown preview: the server renders and sanitises; the script only asks and shows.
  document.querySelectorAll('form[data-preview-url]').forEach(function (form) {
    var url = form.getAttribute('data-preview-url');
    var token = form.querySelector('input[name="__RequestVerificationToken"]');
    form.querySelectorAll('textarea[data-preview]').forEach(function (area) {
      var target = document.getElementById(area.getAttribute('data-preview'));
      var timer = null;
      area.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var body = new URLSearchParams();
          body.set('text', area.value);
          if (token) { body.set('__RequestVerificationToken', token.value); }
          fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) { if (html !== null && target) { target.innerHTML = html; } })
            .catch(function () { /* the preview button still works */ });
        }, 400);
      });
    });
  });

  // While a publish runs, show the generator's steps as they are reported.
  var publishForm = document.querySelector('form[data-publish-progress]');
  if (publishForm) {
    var list = document.getElementById('publish-steps');
    publishForm.addEventListener('submit', function () {
      var button = publishForm.querySelector('button');
      if (button) { button.disabled = true; }
      var poll = setInterval(function () {
        fetch(publishForm.getAttribute('data-publish-progress'), { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (state) {
            if (!state || !list) { return; }
            list.textContent = '';
            state.steps.forEach(function (s) { var li = document.createElement('li'); li.textContent = s; list.appendChild(li); });
            if (!state.running) { clearInterval(poll); }
          })
          .catch(function () { clearInterval(poll); });
      }, 500);
    });
  }
})();
