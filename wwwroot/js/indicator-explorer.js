// Progressive enhancement for the indicator explorer: loads the compact index the build wrote
// beside the page, reveals the filter form and the results table, and filters and sorts every
// indicator of every plan as the reader types. The filters are kept in the address's query string
// (?agency=&year=&status=&q=&sort=&dir=), so a view can be shared. Without this script the page
// lists the fiscal years and agencies, each a plain page of indicators, so nothing depends on it.
(function () {
  "use strict";

  var root = document.getElementById("explorer");
  if (!root || !window.fetch || !window.URLSearchParams || !String.prototype.normalize) { return; }

  var PAGE = 100;
  var form = root.querySelector("form");
  var agencySelect = form.elements.agency;
  var yearSelect = form.elements.year;
  var statusSelect = form.elements.status;
  var textInput = form.elements.q;
  var table = root.querySelector("table");
  var tbody = table.querySelector("tbody");
  var statusLine = root.querySelector("[role=status]");
  var more = root.querySelector(".explorer__more");
  var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
  var lang = document.documentElement.lang || "en";
  var collator = new Intl.Collator(lang);
  var templates = {};
  Array.prototype.forEach.call(root.querySelectorAll("template[data-status-template]"), function (t) {
    templates[t.getAttribute("data-status-template")] = t;
  });

  var all = [];
  var sorted = [];
  var matches = [];
  var sort = "";
  var descending = false;
  var limit = PAGE;

  function normalise(text) { return text.normalize("NFKC").toLowerCase(); }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function load(index) {
    var agencies = index.agencies;
    var plans = index.plans;
    var goals = index.goals;
    all = index.rows.map(function (r, n) {
      var goal = goals[r[0]];
      var plan = plans[goal[0]];
      var agency = agencies[plan[0]];
      return {
        n: n,
        agencyIndex: plan[0],
        agency: agency[0],
        agencyName: agency[1],
        agencyPending: agency[3] === 1,
        year: String(plan[1]),
        yearLabel: plan[2],
        goalLabel: goal[1],
        goalPending: goal[3] === 1,
        code: r[1],
        title: r[2],
        pending: r[4] === 1,
        target: r[5],
        targetText: r[6],
        result: r[7],
        resultText: r[8],
        achievement: r[9],
        achievementText: r[10],
        statusIndex: r[11],
        status: index.statuses[r[11]],
        href: r[12],
        text: normalise([agency[1], agency[2], plan[2], goal[1], goal[2], r[1], r[2], r[3]].join("\n"))
      };
    });
  }

  var keys = {
    agency: function (a, b) { return a.agencyIndex - b.agencyIndex; },
    year: function (a, b) { return Number(a.year) - Number(b.year); },
    goal: function (a, b) { return collator.compare(a.goalLabel, b.goalLabel); },
    indicator: function (a, b) { return collator.compare(a.title, b.title); },
    target: numbers("target"),
    result: numbers("result"),
    achievement: numbers("achievement"),
    status: function (a, b) { return a.statusIndex - b.statusIndex; }
  };

  // Numbers compare as numbers; rows without one go last whichever the direction.
  function numbers(field) {
    return function (a, b) {
      var x = a[field];
      var y = b[field];
      if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1) * (descending ? -1 : 1); }
      return x - y;
    };
  }

  function order() {
    sorted = all.slice();
    if (sort && keys[sort]) {
      var compare = keys[sort];
      sorted.sort(function (a, b) { return (descending ? -1 : 1) * compare(a, b) || a.n - b.n; });
    }
    headers.forEach(function (th) {
      if (th.getAttribute("data-sort") === sort) {
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }

  function filter() {
    var agency = agencySelect.value;
    var year = yearSelect.value;
    var status = statusSelect.value;
    var terms = normalise(textInput.value).split(/\s+/).filter(Boolean);
    matches = sorted.filter(function (r) {
      if ((agency && r.agency !== agency) || (year && r.year !== year) || (status && r.status !== status)) { return false; }
      for (var i = 0; i < terms.length; i++) {
        if (r.text.indexOf(terms[i]) < 0) { return false; }
      }
      return true;
    });
  }

  function text(value, pending) {
    if (!pending) { return document.createTextNode(value); }
    var wrap = document.createElement("span");
    wrap.className = "fallback";
    var zh = document.createElement("span");
    zh.lang = "zh-TW";
    zh.textContent = value;
    var label = document.createElement("span");
    label.className = "pending-label";
    label.textContent = root.getAttribute("data-pending");
    wrap.appendChild(zh);
    wrap.appendChild(document.createTextNode(" "));
    wrap.appendChild(label);
    return wrap;
  }

  function cell(tag, content, numeric) {
    var c = document.createElement(tag);
    if (numeric) { c.className = "num"; }
    c.appendChild(content);
    return c;
  }

  function row(r) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-status", r.status);
    tr.appendChild(cell("td", text(r.agencyName, r.agencyPending)));
    tr.appendChild(cell("td", document.createTextNode(r.yearLabel)));
    tr.appendChild(cell("td", text(r.goalLabel, r.goalPending)));
    var link = document.createElement("a");
    link.href = r.href;
    link.appendChild(document.createTextNode(r.code + " "));
    link.appendChild(text(r.title, r.pending));
    var th = cell("th", link);
    th.scope = "row";
    tr.appendChild(th);
    tr.appendChild(cell("td", document.createTextNode(r.targetText), true));
    tr.appendChild(cell("td", document.createTextNode(r.resultText), true));
    tr.appendChild(cell("td", document.createTextNode(r.achievementText), true));
    tr.appendChild(cell("td", templates[r.status].content.cloneNode(true)));
    return tr;
  }

  function count(n) {
    return n.toLocaleString("en-US");
  }

  function render() {
    var shown = Math.min(limit, matches.length);
    var body = document.createDocumentFragment();
    for (var i = 0; i < shown; i++) { body.appendChild(row(matches[i])); }
    tbody.textContent = "";
    tbody.appendChild(body);
    var line = matches.length === 0 ? root.getAttribute("data-none")
      : (matches.length === 1 ? root.getAttribute("data-count-one") : root.getAttribute("data-count").replace("{0}", count(matches.length)));
    if (shown < matches.length) { line += root.getAttribute("data-listed").replace("{0}", count(shown)); }
    statusLine.textContent = line;
    more.hidden = shown >= matches.length;
  }

  function remember() {
    var query = new URLSearchParams();
    if (agencySelect.value) { query.set("agency", agencySelect.value); }
    if (yearSelect.value) { query.set("year", yearSelect.value); }
    if (statusSelect.value) { query.set("status", statusSelect.value); }
    if (textInput.value.trim()) { query.set("q", textInput.value.trim()); }
    if (sort) {
      query.set("sort", sort);
      if (descending) { query.set("dir", "desc"); }
    }
    var search = query.toString();
    history.replaceState(history.state, "", (search ? "?" + search : location.pathname) + location.hash);
  }

  function apply() {
    limit = PAGE;
    filter();
    render();
    remember();
  }

  function restore() {
    var query = new URLSearchParams(location.search);
    [[agencySelect, "agency"], [yearSelect, "year"], [statusSelect, "status"]].forEach(function (pair) {
      var value = query.get(pair[1]);
      if (value && hasOption(pair[0], value)) { pair[0].value = value; }
    });
    textInput.value = query.get("q") || "";
    var key = query.get("sort");
    if (key && keys[key]) {
      sort = key;
      descending = query.get("dir") === "desc";
    }
  }

  function start(index) {
    load(index);
    restore();
    order();
    root.hidden = false;
    filter();
    render();

    agencySelect.addEventListener("change", apply);
    yearSelect.addEventListener("change", apply);
    statusSelect.addEventListener("change", apply);
    textInput.addEventListener("input", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () {
      // The form clears its fields after this event: filter once they are.
      setTimeout(function () { sort = ""; descending = false; order(); apply(); }, 0);
    });
    headers.forEach(function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var key = th.getAttribute("data-sort");
        descending = key === sort ? !descending : false;
        sort = key;
        order();
        apply();
      });
    });
    more.addEventListener("click", function () {
      limit = matches.length;
      render();
      var first = tbody.rows[PAGE];
      if (first) { first.querySelector("a").focus(); }
    });
  }

  fetch(root.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + response.statusText); }
      return response.json();
    })
    .then(start)
    .catch(function () {
      // The index could not be read: the plain year and agency pages stay the way in.
    });
})();
