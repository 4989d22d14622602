// Progressive enhancement for the international exchange log: adds a form that filters the
// entries by kind and year. Without this script every entry is listed, so nothing depends on it.
(function () {
  "use strict";

  function option(value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    return o;
  }

  function field(id, label, select) {
    var wrap = document.createElement("div");
    wrap.className = "filter-field";
    var l = document.createElement("label");
    l.htmlFor = id;
    l.textContent = label;
    select.id = id;
    wrap.appendChild(l);
    wrap.appendChild(select);
    return wrap;
  }

  function enhance(host) {
    var list = document.getElementById(host.getAttribute("data-filter-for"));
    if (!list) { return; }
    var entries = Array.prototype.slice.call(list.querySelectorAll("li[data-kind]"));
    var kinds = [];
    var years = [];
    entries.forEach(function (li) {
      var k = li.getAttribute("data-kind");
      if (!kinds.some(function (x) { return x.code === k; })) {
        kinds.push({ code: k, name: li.getAttribute("data-kind-name") });
      }
      var y = li.getAttribute("data-year");
      if (years.indexOf(y) < 0) { years.push(y); }
    });
    years.sort().reverse();

    var all = host.getAttribute("data-all-label");
    var form = document.createElement("form");
    form.className = "filter-form";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", host.getAttribute("data-label"));
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    var kindSelect = document.createElement("select");
    kindSelect.appendChild(option("", all));
    kinds.forEach(function (k) { kindSelect.appendChild(option(k.code, k.name)); });
    var yearSelect = document.createElement("select");
    yearSelect.appendChild(option("", all));
    years.forEach(function (y) { yearSelect.appendChild(option(y, y)); });

    var status = document.createElement("p");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    form.appendChild(field("filter-kind", host.getAttribute("data-kind-label"), kindSelect));
    form.appendChild(field("filter-year", host.getAttribute("data-year-label"), yearSelect));
    form.appendChild(status);
    host.appendChild(form);

    function apply() {
      var shown = 0;
      entries.forEach(function (li) {
        var visible = (!kindSelect.value || li.getAttribute("data-kind") === kindSelect.value)
          && (!yearSelect.value || li.getAttribute("data-year") === yearSelect.value);
        li.hidden = !visible;
        if (visible) { shown++; }
      });
      status.textContent = host.getAttribute("data-showing")
        .replace("{0}", String(shown)).replace("{1}", String(entries.length));
    }

    kindSelect.addEventListener("change", apply);
    yearSelect.addEventListener("change", apply);
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-filter-for]"), enhance);
})();
