(function () {
  const items = Array.from(document.querySelectorAll("li.item"));
  const decisions = {};
  let current = 0;
  function show() {
    items.forEach(function (li, i) { li.classList.toggle("current", i === current); });
    document.querySelectorAll("span.now").forEach(function (s) { s.classList.remove("now"); });
    if (!items.length) { return; }
    const li = items[current];
    document.querySelectorAll("span.p" + li.dataset.i).forEach(function (s) { s.classList.add("now"); });
    li.scrollIntoView({block: "nearest"});
    const first = document.querySelector("span.p" + li.dataset.i);
    if (first) { first.scrollIntoView({block: "center"}); }
  }
  function decide(what) {
    if (!items.length) { return; }
    const li = items[current];
    const d = {id: li.dataset.id, decision: what};
    const select = li.querySelector("select");
    if (what === "accept" && select && select.value !== li.dataset.relation) { d.relation = select.value; }
    decisions[li.dataset.id] = d;
    li.dataset.decision = what;
    li.querySelector(".state").textContent = what === "accept" ? "✔" : "✘";
    document.body.dataset.decided = String(Object.keys(decisions).length);
    if (current < items.length - 1) { current += 1; }
    show();
  }
  function save() {
    const list = items.map(function (li) { return decisions[li.dataset.id]; }).filter(Boolean);
    const blob = new Blob([JSON.stringify({document: document.body.dataset.doc, decisions: list}, null, 1)],
                          {type: "application/json"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions-" + document.body.dataset.doc + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.target && ev.target.tagName === "SELECT") {
      if (ev.key === "Enter" || ev.key === "Escape") { ev.target.blur(); ev.preventDefault(); }
      return;
    }
    const key = ev.key;
    if (key === "j" || key === "ArrowDown") { current = Math.min(items.length - 1, current + 1); show(); }
    else if (key === "k" || key === "ArrowUp") { current = Math.max(0, current - 1); show(); }
    else if (key === "a") { decide("accept"); }
    else if (key === "r") { decide("reject"); }
    else if (key === "e") { const s = items[current] && items[current].querySelector("select"); if (s) { s.focus(); } }
    else if (key === "s") { save(); }
    else { return; }
    ev.preventDefault();
  });
  items.forEach(function (li, i) { li.addEventListener("click", function () { current = i; show(); }); });
  show();
  document.body.dataset.ready = "true";
})();
