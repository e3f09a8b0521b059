(function () {
  "use strict";
  // Answers and errors are put on the page with textContent: never as HTML.
  var data = JSON.parse(document.getElementById("q-data").textContent);
  var byName = {};
  data.queries.forEach(function (q) { byName[q.name] = q; });
  var choice = document.getElementById("q-choice");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function show(name) {
    document.querySelectorAll("section.query").forEach(function (s) { s.hidden = s.getAttribute("data-name") !== name; });
    choice.value = name;
    if (location.hash.slice(1) !== name) history.replaceState(null, "", "#" + name);
  }
  choice.addEventListener("change", function () { show(choice.value); });
  window.addEventListener("hashchange", function () { if (byName[location.hash.slice(1)]) show(location.hash.slice(1)); });

  // -- parameters: bound as the command line binds them, a VALUES block closing the WHERE group ---------
  function norm(s) { return String(s).normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase(); }
  function entityTerm(param, typed) {  // the one entity of the parameter's kinds with this name
    var key = norm(typed), found = [];
    data.entities.forEach(function (e) {
      if (param.kinds && param.kinds.indexOf(e[1]) < 0) return;
      if (e[3].some(function (n) { return norm(n) === key; }) && found.indexOf(e[2]) < 0) found.push(e[2]);
    });
    if (found.length === 1) return found[0];
    throw new Error(found.length ? "several entities are named \u201c" + typed + "\u201d: type the full name"
                                  : "no " + param.kind + " is named \u201c" + typed + "\u201d: pick one from the list");
  }
  function bind(q, form) {
    var names = [], terms = [];
    q.params.forEach(function (p) {
      var field = form.elements[p.name], term = null;
      if (p.choices) {
        term = p.choices[Number(field.value)][1];
      } else {
        var typed = field.value.trim();
        if (!typed || (p["default"] !== null && norm(typed) === "all")) {
          if (p["default"] === null) throw new Error("give " + p.name + ": " + p.description);
        } else {
          term = entityTerm(p, typed);
        }
      }
      if (term !== null) { names.push("?" + p.name); terms.push(term); }
    });
    if (!names.length) return q.before + q.after;
    return q.before + "  VALUES (" + names.join(" ") + ") { (" + terms.join(" ") + ") }\n" + q.after;
  }

  // -- asking the endpoint, answering with a table ------------------------------------------------
  function table(answer, json) {
    var vars = json.head && json.head.vars ? json.head.vars : [], rows = json.results ? json.results.bindings : [];
    var t = el("table"), head = el("tr"), body = el("tbody");
    vars.forEach(function (v) { var th = el("th", v); th.scope = "col"; head.appendChild(th); });
    var thead = el("thead");
    thead.appendChild(head);
    t.appendChild(thead);
    rows.forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(el("td", row[v] ? row[v].value : "")); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    var box = el("div", null, "table");
    box.appendChild(t);
    answer.appendChild(box);
    return rows.length;
  }
  function run(form) {
    var q = byName[form.getAttribute("data-name")], section = form.parentNode;
    var answer = section.querySelector(".answer"), status = form.querySelector(".status");
    answer.replaceChildren();
    section.removeAttribute("data-rows");
    var text;
    try {
      text = bind(q, form);
    } catch (err) {
      answer.appendChild(el("p", err.message, "error"));
      return;
    }
    status.textContent = "asking\u2026";
    var started = performance.now();
    fetch(data.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
      body: "query=" + encodeURIComponent(text)
    }).then(function (response) {
      if (response.ok) return response.json();
      return response.text().then(function (t) { throw new Error("the endpoint answered HTTP " + response.status + ": " + t); });
    }).then(function (json) {
      var n = table(answer, json);
      status.textContent = n + " row" + (n === 1 ? "" : "s") + " in " + Math.round(performance.now() - started) + " ms";
      section.setAttribute("data-rows", String(n));
    }).catch(function (err) {
      status.textContent = "";
      answer.appendChild(el("p", String(err && err.message ? err.message : err) +
        " (is `migration-kg serve` still running at " + data.endpoint + "?)", "error"));
    });
  }
  document.querySelectorAll("form.run").forEach(function (form) {
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(form); });
  });
  var first = location.hash.slice(1);
  show(byName[first] ? first : byName.partnerships ? "partnerships" : data.queries[0].name);
  document.body.setAttribute("data-ready", "true");
}());
