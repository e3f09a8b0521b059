(function () {
  "use strict";
  // Everything from the data is put on the page with textContent / createTextNode: never as HTML.
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.info, N = info.length;
  var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  var INK = dark ? "#e3e8ed" : "#1d2b36", PAPER = dark ? "#12181d" : "#ffffff";
  var GREY = dark ? { background: "#2b343c", border: "#3a454f" } : { background: "#e4e7eb", border: "#d3d8dd" };
  var GREY_INK = dark ? "#5c6873" : "#b5bcc3";
  var LABEL_PX = 13, CENTRAL_PX = 15;  // on-screen label sizes (the most central a little larger)
  var state = { layer: "facts", context: false, hiddenKinds: new Set(), hiddenPKinds: new Set(), topic: -1,
                document: -1, minShared: data.minShared, selected: -1,
                path: null, pathStatus: "stated", pathFrom: -1 };
  var legendByKind = {};
  data.legend.forEach(function (k) { legendByKind[k.kind] = k; });
  var byIri = new Map();
  info.forEach(function (item, i) {
    if (item.iri.indexOf("://") < 0) item.iri = data.base + item.iri;
    byIri.set(item.iri, i);
  });
  function shortIri(i) { var iri = info[i].iri; return iri.indexOf(data.base) === 0 ? iri.slice(data.base.length) : iri; }
  function fromShort(s) { return byIri.has(s) ? byIri.get(s) : (byIri.has(data.base + s) ? byIri.get(data.base + s) : -1); }
  data.nodes.forEach(function (n, i) { n.id = i; });
  data.facts.forEach(function (e, j) { e.id = "f" + j; });

  // -- co-mentions: two entities named in the same sections, with how many ----------------------
  var mentionCount = new Map(), mentionByDocument = new Map();  // pair -> sections; pair -> {document: sections}
  (function () {
    var bySection = new Map();
    for (var i = 0; i < N; i++) {
      (info[i].mentions || []).forEach(function (m) {
        if (!bySection.has(m[0])) bySection.set(m[0], []);
        bySection.get(m[0]).push(i);
      });
    }
    bySection.forEach(function (list, section) {
      var doc = data.sectionDocuments[section];
      for (var x = 0; x < list.length; x++) {
        for (var y = x + 1; y < list.length; y++) {
          var a = Math.min(list[x], list[y]), b = Math.max(list[x], list[y]), key = a * N + b;
          mentionCount.set(key, (mentionCount.get(key) || 0) + 1);
          if (!mentionByDocument.has(key)) mentionByDocument.set(key, {});
          var per = mentionByDocument.get(key);
          per[doc] = (per[doc] || 0) + 1;
        }
      }
    });
    var keys = Array.from(mentionCount.keys()).sort(function (a, b) { return a - b; });
    data.mentions = keys.map(function (key, k) {
      var link = Object.assign({}, data.mentionStyle, { id: "m" + k, from: Math.floor(key / N), to: key % N });
      link.width = Math.min(6, 0.5 + Math.log2(1 + mentionCount.get(key)));
      link.shared = mentionCount.get(key);
      link.byDocument = mentionByDocument.get(key);
      return link;
    });
  }());
  function sectionsNaming(a, b) {
    var mine = new Set((info[a].mentions || []).map(function (m) { return m[0]; }));
    return (info[b].mentions || []).map(function (m) { return m[0]; }).filter(function (s) { return mine.has(s); })
      .sort(function (x, y) { return x - y; });
  }

  // -- adjacency, built once ------------------------------------------------------------------
  var factEdges = [], mentionEdges = [], ownPartnerships = [];
  for (var i = 0; i < N; i++) { factEdges.push([]); mentionEdges.push([]); ownPartnerships.push([]); }
  data.facts.forEach(function (e, j) { factEdges[e.from].push(j); if (e.to !== e.from) factEdges[e.to].push(j); });
  data.mentions.forEach(function (e, j) { mentionEdges[e.from].push(j); mentionEdges[e.to].push(j); });
  data.partnerships.forEach(function (p, j) {
    p.partners.forEach(function (x) { if (typeof x === "number") ownPartnerships[x].push(j); });
  });
  var topicMembers = new Map(data.topics.map(function (t) { return [t[0], new Set(t[1])]; }));
  var documentMembers = data.documents.map(function (d) { return new Set(d[1]); });

  // -- visibility: layer, context, kinds, topic, document ----------------------------------------
  function layerEdges() { return state.layer === "facts" ? data.facts : data.mentions; }
  function computeVisible() {
    var out = new Array(N), members = state.topic >= 0 ? topicMembers.get(state.topic) : null;
    var doc = state.document >= 0 ? documentMembers[state.document] : null;
    for (var i = 0; i < N; i++) {
      var item = info[i], ok = !state.hiddenKinds.has(item.kind) && (!doc || doc.has(i));
      if (members && item.group === 0) ok = ok && members.has(i);
      out[i] = ok && (item.base === 1 || state.context);
    }
    if (members && state.context) {  // context: the topic, and what is linked to what the topic keeps
      for (var c = 0; c < N; c++) {
        if (!out[c] || info[c].group === 0 || c === state.topic) continue;
        out[c] = factEdges[c].some(function (j) { var e = data.facts[j], o = e.from === c ? e.to : e.from; return out[o] && info[o].group === 0; });
      }
    }
    return out;
  }
  var visible = computeVisible();
  // the document filter keeps the links the chosen document states: a quote in one of its sections
  function inDocument(evidence) {
    return state.document < 0 || evidence.some(function (q) { return data.sectionDocuments[q[1]] === state.document; });
  }
  function sectionInDocument(section) { return state.document < 0 || data.sectionDocuments[section] === state.document; }
  function partnershipShown(j) {
    return !state.hiddenPKinds.has(data.partnerships[j].kind) && inDocument(data.partnerships[j].evidence);
  }
  function relationShown(r) { return inDocument(r[1]); }
  function edgeShown(e) {
    if (!visible[e.from] || !visible[e.to]) return false;
    if (e.shared !== undefined) return (state.document < 0 ? e.shared : e.byDocument[state.document] || 0) >= state.minShared;
    var meta = data.factInfo[Number(e.id.slice(1))];
    if (meta.p) return meta.p.some(partnershipShown);
    return meta.r.some(relationShown);
  }
  var pkindColour = {};
  data.partnershipKinds.forEach(function (k) { pkindColour[k.kind] = k.colour; });
  function edgeState(e) {  // hidden or not; a partnership link in the colour of its first partnership shown
    var out = { id: e.id, hidden: !edgeShown(e) }, meta = e.shared === undefined ? data.factInfo[Number(e.id.slice(1))] : null;
    var first = meta && meta.p ? meta.p.filter(partnershipShown)[0] : undefined;
    if (first !== undefined) {
      var c = pkindColour[data.partnerships[first].kind];
      out.color = { color: c, highlight: c, hover: c };
    }
    return out;
  }

  // -- the network -------------------------------------------------------------------------
  data.options.nodes.font.color = INK;
  data.options.nodes.font.strokeColor = PAPER;
  data.options.edges.font.color = INK;
  data.options.edges.font.strokeColor = PAPER;
  var nodes = new vis.DataSet(data.nodes.map(function (n, i) {
    var copy = Object.assign({}, n);
    copy.hidden = !visible[i];
    copy.chosen = { node: true, label: labelOnHover };
    return copy;
  }));
  var edges = new vis.DataSet(data.facts.map(function (e) {
    var copy = Object.assign({}, e);
    if (!edgeShown(e)) copy.hidden = true;
    return copy;
  }));
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  function labelOnHover(values) { values.size = LABEL_PX / network.getScale(); values.color = INK; }

  // -- labels: the most central first, never two overlapping; the rest on hover and zoom ---------
  var labelled = new Set(), measure = document.createElement("canvas").getContext("2d");
  function labelBox(i, px, scale) {  // where vis-network draws an outside label, in canvas pixels
    var p = network.getPositions([i])[i], d = network.canvasToDOM(p);
    measure.font = px + "px system-ui, sans-serif";
    var w = measure.measureText(data.nodes[i].label).width, size = nodes.get(i).size || 10;
    var top = d.y + (size + 4) * scale + 0.5 * px;
    return { left: d.x - w / 2 - 3, right: d.x + w / 2 + 3, top: top - 3, bottom: top + px * 1.25 + 3 };
  }
  function placeLabels() {
    var scale = network.getScale(), width = container.clientWidth, height = container.clientHeight;
    var order = [], near = new Set(), placed = [], next = new Set(), updates = [];
    if (state.selected >= 0 && visible[state.selected]) {
      order.push(state.selected);
      incident(state.selected).forEach(function (j) { var e = layerEdges()[j]; near.add(e.from); near.add(e.to); });
    } else if (state.path) {  // the chains' nodes first
      near.add(state.path.from);
      near.add(state.path.to);
      state.path.chains.forEach(function (c) { c.forEach(function (n) { near.add(n); }); });
    }
    near.forEach(function (i) { if (i !== state.selected) order.push(i); });
    for (var i = 0; i < N; i++) if (!near.has(i)) order.push(i);  // nodes come sorted by centrality
    var budget = data.large ? 400 : N;
    for (var k = 0; k < order.length && budget > 0; k++) {
      var n = order[k];
      if (!visible[n]) continue;
      var px = k < 5 && state.selected < 0 ? CENTRAL_PX : LABEL_PX, box = labelBox(n, px, scale);
      if (box.right < 0 || box.left > width || box.bottom < 0 || box.top > height) continue;
      budget--;
      if (placed.some(function (b) { return b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom; })) continue;
      placed.push(box);
      next.add(n);
      updates.push({ id: n, font: { size: px / scale } });
    }
    labelled.forEach(function (n) { if (!next.has(n)) updates.push({ id: n, font: { size: 1 } }); });
    labelled = next;
    nodes.update(updates);
  }
  var labelTimer = null;
  function labelsSoon() { clearTimeout(labelTimer); labelTimer = setTimeout(placeLabels, 120); }
  network.on("zoom", labelsSoon);
  network.on("dragEnd", labelsSoon);
  network.on("animationFinished", labelsSoon);
  window.addEventListener("resize", labelsSoon);

  var view = window.kgView = {
    stabilized: false,
    stabilizedAt: null,
    network: network,
    nodes: nodes,
    edges: edges,
    data: data,
    layer: function () { return state.layer; },
    selectedNodes: function () { return network.getSelectedNodes().map(function (i) { return info[i].iri; }); },
    visibleNodes: function () { return info.filter(function (_, i) { return visible[i]; }).map(function (x) { return x.iri; }); },
    labelledNodes: function () { return Array.from(labelled).map(function (i) { return info[i].iri; }); },
    index: function (iri) { return byIri.has(iri) ? byIri.get(iri) : -1; },
    domPosition: function (iri) { var i = byIri.get(iri); return toPage(network.getPositions([i])[i]); },
    edgeDomPosition: function (id) {
      var e = edges.get(id), p = network.getPositions([e.from, e.to]);
      return toPage({ x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2 });
    },
    select: function (iri) { var i = byIri.get(iri); if (i !== undefined) selectNode(i, true); },
    path: function (a, b) { showPath(byIri.get(a), byIri.get(b)); },
    pathChains: function () {
      return state.path ? state.path.chains.map(function (c) { return c.map(function (n) { return info[n].iri; }); }) : null;
    },
    setLayer: function (name) { setLayer(name); },
    setKind: function (kind, shown) { setKind(kind, shown); },
    placeLabels: placeLabels
  };
  function toPage(p) {
    var d = network.canvasToDOM(p), r = container.getBoundingClientRect();
    return { x: r.left + d.x, y: r.top + d.y };
  }
  function markStable() {
    placeLabels();
    view.stabilized = true;
    view.stabilizedAt = performance.now();  // milliseconds since navigation started
    document.body.setAttribute("data-stabilized", "true");
  }

  // -- small DOM helpers: text only ------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function nodeLink(x) {  // a node index (a button that selects it) or a label (plain text)
    if (typeof x !== "number") return el("span", x);
    var b = el("button", info[x].label, "link");
    b.type = "button";
    b.addEventListener("click", function () { selectNode(x, true); });
    return b;
  }
  function evidenceList(parent, evidence) {
    evidence.forEach(function (q) {
      parent.appendChild(el("blockquote", "\u201c" + q[0] + "\u201d"));
      // "— section, document (date)", then how the source gives the fact (stated, suggested, inferred)
      var where = [data.sections[q[1]], data.sources[q[2]]].filter(function (w) { return w; }).join(", ");
      if (where) parent.appendChild(el("cite", "\u2014 " + where));
      if (q[3]) parent.appendChild(el("span", statusText(q[3]) + (q[4] ? " \u2014 " + q[4] : ""), "status status-" + q[3]));
    });
    if (!evidence.length) parent.appendChild(el("cite", "\u2014 from the registry (no quote)"));
  }
  var STATUS_TEXT = { stated: "stated: the report says so", suggested: "suggested: the report suggests it",
                      inferred: "inferred: our reading, not the report's words" };
  function statusText(status) { return STATUS_TEXT[status] || status; }
  function relationNames(j) {
    var meta = data.factInfo[j];
    if (meta.p !== undefined) return meta.p.map(function (k) { return data.partnerships[k].kind; }).join(", ");
    return meta.r.map(function (r) { return data.relations[r[0]]; }).join(", ");
  }

  // -- showing and hiding ------------------------------------------------------------------------
  var edgeLabels = [];  // links named for the selected node
  function refresh(rebuildEdges) {
    var next = computeVisible(), changed = [];
    for (var i = 0; i < N; i++) if (next[i] !== visible[i]) changed.push({ id: i, hidden: !next[i] });
    visible = next;
    if (changed.length) nodes.update(changed);
    var list = layerEdges();
    if (rebuildEdges) {
      edgeLabels = [];
      edges.clear();
      edges.add(list.map(function (e) { return Object.assign({}, e, edgeState(e)); }));
    } else {
      edges.update(list.map(edgeState));
    }
    showCounts();
    if (state.selected >= 0 && !visible[state.selected]) clearSelection();
    else if (state.selected >= 0) highlight(state.selected);
    else if (state.path) highlightPath();
    labelsSoon();
    saveState();
  }
  function showCounts() {
    var shown = 0, links = 0, byKind = {};
    for (var i = 0; i < N; i++) if (visible[i]) { shown++; byKind[info[i].kind] = (byKind[info[i].kind] || 0) + 1; }
    // links: pairs of entities joined by at least one drawn fact or partnership (as `stats` counts them)
    var pairs = new Set();
    layerEdges().forEach(function (e) {
      if (edgeShown(e)) pairs.add(e.from < e.to ? e.from + " " + e.to : e.to + " " + e.from);
    });
    links = pairs.size;
    document.getElementById("kg-counts").textContent = shown + " of " + N + " entities drawn, " + links +
      (state.layer === "facts" ? " links" : " co-mention links (pairs named together in \u2265 " + state.minShared +
       " section" + (state.minShared > 1 ? "s" : "") + ")");
    document.querySelectorAll("#kg-kinds .count").forEach(function (c) { c.textContent = byKind[c.getAttribute("data-kind")] || 0; });
    var pcount = {}, counted = new Set();  // partnerships drawn, each once (not its pairs of partners)
    data.facts.forEach(function (e) {
      if (!visible[e.from] || !visible[e.to]) return;
      (data.factInfo[Number(e.id.slice(1))].p || []).forEach(function (j) {
        if (!inDocument(data.partnerships[j].evidence)) return;
        if (counted.has(j)) return;
        counted.add(j);
        var k = data.partnerships[j].kind; pcount[k] = (pcount[k] || 0) + 1;
      });
    });
    document.querySelectorAll("#kg-pkinds .count").forEach(function (c) { c.textContent = pcount[c.getAttribute("data-kind")] || 0; });
  }
  function setKind(kind, shown) {
    if (shown) state.hiddenKinds.delete(kind); else state.hiddenKinds.add(kind);
    document.querySelectorAll("#kg-kinds input").forEach(function (b) {
      if (b.getAttribute("data-kind") === kind) b.checked = !!shown;
    });
    refresh(false);
  }
  function setLayer(name) {
    state.layer = name === "mentions" ? "mentions" : "facts";
    document.getElementById("kg-layer").value = state.layer;
    document.getElementById("kg-min-box").hidden = state.layer !== "mentions";
    refresh(true);
  }

  // -- highlight: the selected node and its neighbours; the rest greyed ----------------------------
  function incident(i) { return (state.layer === "facts" ? factEdges : mentionEdges)[i]; }
  var dimmed = false;
  function greyAllBut(near) {  // the nodes in near keep their colours, every other one is grey; no link is named
    var updates = [];
    for (var k = 0; k < N; k++) {
      if (near.has(k)) updates.push({ id: k, color: data.nodes[k].color, font: { color: INK } });
      else updates.push({ id: k, color: GREY, font: { color: GREY_INK } });
    }
    nodes.update(updates);
    dimmed = true;
    unlabelEdges();
  }
  function highlight(i) {
    var near = new Set([i]), list = layerEdges();
    incident(i).forEach(function (j) { var e = list[j]; if (edgeShown(e)) { near.add(e.from); near.add(e.to); } });
    greyAllBut(near);
    if (state.layer === "facts") {  // name the selected node's links
      edgeLabels = incident(i).map(function (j) { return data.facts[j].id; });
      edges.update(incident(i).map(function (j) { return { id: data.facts[j].id, label: relationNames(j) }; }));
    }
  }
  function unlabelEdges() {
    if (!edgeLabels.length || state.layer !== "facts") { edgeLabels = []; return; }
    var originals = edgeLabels.map(function (id) {
      var e = data.facts[Number(id.slice(1))], copy = Object.assign({}, e); copy.hidden = !edgeShown(e); return copy;
    });
    edges.remove(edgeLabels);
    edges.add(originals);
    edgeLabels = [];
  }
  function undim() {
    unlabelEdges();
    if (!dimmed) return;
    var updates = [];
    for (var k = 0; k < N; k++) updates.push({ id: k, color: data.nodes[k].color, font: { color: INK } });
    nodes.update(updates);
    dimmed = false;
  }
  function clearSelection() {
    network.unselectAll();
    state.selected = -1;
    state.path = null;
    state.pathFrom = -1;
    undim();
    closePanel();
    labelsSoon();
    saveState();
  }
  function bringBack(list) {  // show hidden nodes again: their kind, the context, no topic or document filter
    var hidden = list.filter(function (i) { return !visible[i]; });
    if (!hidden.length) return;
    hidden.forEach(function (i) {
      if (state.hiddenKinds.has(info[i].kind)) state.hiddenKinds.delete(info[i].kind);
      if (info[i].base !== 1) state.context = true;
    });
    state.topic = -1;
    state.document = -1;
    syncControls();
    refresh(false);
  }
  function selectNode(i, zoom) {
    if (state.pathFrom >= 0 && state.pathFrom !== i) { showPath(state.pathFrom, i); return; }
    state.pathFrom = -1;
    state.path = null;
    bringBack([i]);
    state.selected = i;
    highlight(i);
    network.selectNodes([i], true);
    showNode(i);
    if (zoom !== false) {  // centre on it and zoom in so that it and its neighbours read well
      network.focus(i, { scale: Math.max(network.getScale(), 1.2),
                         animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    }
    labelsSoon();
    saveState();
  }

  // -- side panel (a drawer on phones) -------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var help = document.getElementById("kg-help");
  if (data.large) {
    help.appendChild(el("p", "A large network: links are named for the selected node only, to keep the page quick.", "meta"));
  }
  function openPanel() {
    panel.replaceChildren();
    var close = el("button", "close \u00d7", "close");
    close.type = "button";
    close.setAttribute("aria-label", "Close the details and clear the selection");
    close.addEventListener("click", clearSelection);
    panel.appendChild(close);
    document.body.classList.add("panel-open");
    document.body.classList.remove("legend-open");
    return panel;
  }
  function closePanel() { panel.replaceChildren(help); document.body.classList.remove("panel-open"); }
  function kindLine(kind) {
    var k = legendByKind[kind] || { glyph: "", colour: "#555555" };
    var p = el("p", null, "meta"), g = el("span", k.glyph + " ");
    g.style.color = k.colour;
    p.appendChild(g);
    p.appendChild(document.createTextNode(kind));
    return p;
  }
  function showNode(i) {
    var item = info[i];
    var p = openPanel();
    p.appendChild(el("h2", item.label));
    p.appendChild(kindLine(item.kind));
    var names = (item.acronyms || []).concat(item.aliases || []);
    if (names.length) p.appendChild(el("p", "Also: " + names.join(" \u00b7 "), "meta"));
    var connect = el("button", "How is it connected to\u2026", null);
    connect.type = "button";
    connect.id = "kg-connect";
    connect.setAttribute("aria-label", "Show how " + item.label + " is connected to another entity: then search for the other or shift-click it");
    connect.addEventListener("click", function () {
      state.pathFrom = i;
      connect.replaceWith(el("p", "Now pick the other entity: search for it (then Enter) or shift-click it. Esc cancels.", "meta"));
      input.value = "";
      input.focus();
    });
    p.appendChild(connect);
    if (item.comment) p.appendChild(el("p", item.comment));
    if (item.group === 0) {
      p.appendChild(el("p", "Degree centrality " + item.centrality + " (" + item.degree + " linked in the actor network)", "meta"));
    } else {
      p.appendChild(el("p", "Context: not in the actor network", "meta"));
    }
    var own = ownPartnerships[i].filter(function (j) { return inDocument(data.partnerships[j].evidence); });
    if (own.length) {
      p.appendChild(el("h3", "Partnerships (" + own.length + ")"));
      var ul = el("ul");
      own.forEach(function (j) { ul.appendChild(partnershipItem(j, i)); });
      p.appendChild(ul);
    }
    var rels = el("ul"), count = 0;
    factEdges[i].forEach(function (j) {
      var e = data.facts[j], meta = data.factInfo[j];
      if (meta.r === undefined) return;
      var out = e.from === i, other = out ? e.to : e.from;
      meta.r.filter(relationShown).forEach(function (r) {
        var li = el("li"), name = data.relations[r[0]];
        li.appendChild(el("span", out ? name + " \u2192 " : "\u2190 " + name + " \u2014 ", "rel"));
        li.appendChild(nodeLink(other));
        evidenceList(li, r[1]);
        rels.appendChild(li);
        count++;
      });
    });
    if (count) { p.appendChild(el("h3", "Curated relations (" + count + ")")); p.appendChild(rels); }
    if (item.mentions && item.mentions.length) {
      p.appendChild(el("h3", "Mentioned in"));
      var ms = el("ul");
      item.mentions.forEach(function (m) { if (sectionInDocument(m[0])) ms.appendChild(el("li", data.sections[m[0]] + " (" + m[1] + "\u00d7)")); });
      p.appendChild(ms);
    }
    if (mentionEdges[i].length) {
      var co = mentionEdges[i].map(function (j) {
        var e = data.mentions[j];
        return [e.from === i ? e.to : e.from, e.shared];
      }).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 12);
      p.appendChild(el("h3", "Most often mentioned with"));
      var cl = el("ul");
      co.forEach(function (c) {
        var li = el("li");
        li.appendChild(nodeLink(c[0]));
        li.appendChild(el("span", " \u2014 " + c[1] + " section" + (c[1] > 1 ? "s" : ""), "rel"));
        cl.appendChild(li);
      });
      p.appendChild(cl);
    }
  }
  function partnershipItem(j, self) {
    var part = data.partnerships[j], li = el("li"), first = true;
    li.appendChild(el("span", part.kind + (part.date ? " (" + part.date + ")" : "") + (self >= 0 ? " with " : ": "), "rel"));
    part.partners.forEach(function (x) {
      if (x === self) return;
      if (!first) li.appendChild(document.createTextNode(", "));
      li.appendChild(nodeLink(x));
      first = false;
    });
    if (part.concerns.length) {
      li.appendChild(el("span", " \u2014 on ", "rel"));
      part.concerns.forEach(function (x, k) {
        if (k) li.appendChild(document.createTextNode(", "));
        li.appendChild(nodeLink(x));
      });
    }
    evidenceList(li, part.evidence);
    return li;
  }
  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    var j = Number(String(id).slice(1)), p = openPanel(), line = el("p", null, "meta");
    if (String(id).charAt(0) === "m") {
      p.appendChild(el("h2", "Co-mentioned"));
      line.appendChild(nodeLink(e.from));
      line.appendChild(document.createTextNode(" and "));
      line.appendChild(nodeLink(e.to));
      p.appendChild(line);
      var secs = sectionsNaming(e.from, e.to).filter(sectionInDocument);
      p.appendChild(el("h3", "Sections naming both (" + secs.length + ")"));
      var ul = el("ul");
      secs.forEach(function (s) { ul.appendChild(el("li", data.sections[s])); });
      p.appendChild(ul);
      return;
    }
    var meta = data.factInfo[j];
    if (meta.p !== undefined) {
      p.appendChild(el("h2", "Partnership: " + relationNames(j)));
      line.appendChild(nodeLink(e.from));
      line.appendChild(document.createTextNode(" and "));
      line.appendChild(nodeLink(e.to));
      p.appendChild(line);
      var pl = el("ul");
      meta.p.forEach(function (k) { if (inDocument(data.partnerships[k].evidence)) pl.appendChild(partnershipItem(k, -1)); });
      p.appendChild(pl);
      return;
    }
    p.appendChild(el("h2", relationNames(j)));
    line.appendChild(nodeLink(e.from));
    line.appendChild(document.createTextNode(" \u2192 "));
    line.appendChild(nodeLink(e.to));
    p.appendChild(line);
    var list = el("ul");
    meta.r.filter(relationShown).forEach(function (r) {
      var li = el("li");
      li.appendChild(el("span", data.relations[r[0]], "rel"));
      evidenceList(li, r[1]);
      list.appendChild(li);
    });
    p.appendChild(list);
  }

  network.on("click", function (params) {
    var shift = params.event && params.event.srcEvent && params.event.srcEvent.shiftKey;
    var from = state.pathFrom >= 0 ? state.pathFrom : state.selected >= 0 ? state.selected : state.path ? state.path.from : -1;
    if (params.nodes.length && shift && from >= 0 && from !== params.nodes[0]) showPath(from, params.nodes[0]);
    else if (params.nodes.length) selectNode(params.nodes[0], true);
    else if (params.edges.length) { network.unselectAll(); state.selected = -1; undim(); showEdge(params.edges[0]); saveState(); }
    else clearSelection();
  });

  // -- how two entities are connected: the shortest chains of curated facts -------------------------
  // The links of `migration-kg path`: a curated fact, or two partners of a partnership, with a quote of
  // the chosen status (stated unless changed); chains pass through actors and initiatives, never
  // through a topic or a place (a chain may start or end at one).
  var NOT_THROUGH = { topic: true, place: true }, PATH_LIMIT = 10, pathGraphs = {};
  function ofStatus(evidence, status) {
    return evidence.filter(function (q) { return status === "all" || q[3] === status; });
  }
  function pathLinks(a, b, status) {  // the links between a and b: [{relation, evidence, forward}]
    var out = [];
    factEdges[a].forEach(function (j) {
      var e = data.facts[j], meta = data.factInfo[j], other = e.from === a ? e.to : e.from;
      if (other !== b || e.from === e.to) return;
      (meta.p || []).forEach(function (k) {
        var part = data.partnerships[k], ev = ofStatus(part.evidence, status);
        if (ev.length) out.push({ relation: part.kind + " partnership", kind: part.kind, evidence: ev, forward: true, edge: e.id });
      });
      (meta.r || []).forEach(function (r) {
        var ev = ofStatus(r[1], status);
        if (ev.length) out.push({ relation: data.relations[r[0]], evidence: ev, forward: e.from === a, edge: e.id });
      });
    });
    return out;
  }
  function pathGraph(status) {  // per node, its neighbours through such links
    if (pathGraphs[status]) return pathGraphs[status];
    var adj = [];
    for (var i = 0; i < N; i++) adj.push(new Set());
    data.facts.forEach(function (e, j) {
      if (e.from === e.to) return;
      var meta = data.factInfo[j];
      var linked = (meta.p || []).some(function (k) { return ofStatus(data.partnerships[k].evidence, status).length; }) ||
        (meta.r || []).some(function (r) { return ofStatus(r[1], status).length; });
      if (linked) { adj[e.from].add(e.to); adj[e.to].add(e.from); }
    });
    pathGraphs[status] = adj;
    return adj;
  }
  function shortestChains(a, b, status) {  // up to PATH_LIMIT shortest chains, ordered by their labels
    var adj = pathGraph(status), dist = new Array(N).fill(-1), preds = [], queue = [a];
    for (var i = 0; i < N; i++) preds.push([]);
    dist[a] = 0;
    for (var h = 0; h < queue.length && dist[b] < 0; h++) {
      var n = queue[h], level = [];
      adj[n].forEach(function (m) { level.push(m); });
      level.sort(function (x, y) { return x - y; }).forEach(function (m) {
        if (m !== b && NOT_THROUGH[info[m].kind]) return;
        if (dist[m] < 0) { dist[m] = dist[n] + 1; queue.push(m); }
        if (dist[m] === dist[n] + 1) preds[m].push(n);
      });
    }
    // the level of b is complete once every node of the level before it is expanded
    for (; h < queue.length; h++) {
      var u = queue[h];
      if (dist[u] !== dist[b] - 1) continue;
      adj[u].forEach(function (m) { if (m === b && preds[b].indexOf(u) < 0) preds[b].push(u); });
    }
    if (dist[b] < 0) return [];
    var chains = [], walk = function (node, tail) {
      if (chains.length >= 1000) return;
      if (node === a) { chains.push([a].concat(tail)); return; }
      preds[node].forEach(function (p) { walk(p, [node].concat(tail)); });
    };
    walk(b, []);
    function key(chain) { return chain.map(function (n) { return info[n].label.toLowerCase(); }); }
    chains.sort(function (x, y) {
      var kx = key(x), ky = key(y);
      for (var k = 0; k < kx.length; k++) if (kx[k] !== ky[k]) return kx[k] < ky[k] ? -1 : 1;
      for (k = 0; k < x.length; k++) if (info[x[k]].iri !== info[y[k]].iri) return info[x[k]].iri < info[y[k]].iri ? -1 : 1;
      return 0;
    });
    return chains.slice(0, PATH_LIMIT);
  }
  function pathEdges(chains) {
    var ids = new Set();
    chains.forEach(function (c) {
      for (var k = 0; k + 1 < c.length; k++) pathLinks(c[k], c[k + 1], state.pathStatus).forEach(function (l) { ids.add(l.edge); });
    });
    return Array.from(ids);
  }
  function highlightPath() {  // the chains' nodes and links; the rest greyed
    var p = state.path, near = new Set([p.from, p.to]);
    p.chains.forEach(function (c) { c.forEach(function (n) { near.add(n); }); });
    greyAllBut(near);
    var ids = pathEdges(p.chains);
    edgeLabels = ids;
    edges.update(ids.map(function (id) { return { id: id, label: relationNames(Number(id.slice(1))), hidden: false }; }));
    network.setSelection({ nodes: Array.from(near), edges: ids }, { unselectAll: true, highlightEdges: false });
  }
  function showPath(a, b) {
    state.selected = -1;
    state.pathFrom = -1;
    var chains = shortestChains(a, b, state.pathStatus);
    state.path = { from: a, to: b, chains: chains };
    if (state.layer !== "facts") { state.layer = "facts"; syncControls(); refresh(true); }
    var on = [a, b];
    chains.forEach(function (c) { on = on.concat(c); });
    bringBack(on);
    chains.forEach(function (c) {  // the partnership kinds the chains use are drawn
      for (var k = 0; k + 1 < c.length; k++) pathLinks(c[k], c[k + 1], state.pathStatus).forEach(function (l) {
        if (l.kind && state.hiddenPKinds.has(l.kind)) { state.hiddenPKinds.delete(l.kind); syncControls(); refresh(false); }
      });
    });
    undim();
    highlightPath();
    showPathPanel();
    network.fit({ nodes: Array.from(new Set(on)), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    labelsSoon();
    saveState();
  }
  function showPathPanel() {
    var path = state.path, chains = path.chains, p = openPanel();
    p.appendChild(el("h2", "How " + info[path.from].label + " and " + info[path.to].label + " are connected"));
    var line = el("p", null, "meta"), label = el("label", "Through facts with status "), box = el("select");
    box.id = "kg-path-status";
    [["stated", "stated (the report says so)"], ["suggested", "suggested"], ["inferred", "inferred"], ["all", "any status"]]
      .forEach(function (o) { var opt = el("option", o[1]); opt.value = o[0]; box.appendChild(opt); });
    box.value = state.pathStatus;
    box.addEventListener("change", function () { state.pathStatus = box.value; showPath(path.from, path.to); document.getElementById("kg-path-status").focus(); });
    label.appendChild(box);
    line.appendChild(label);
    p.appendChild(line);
    if (!chains.length) {
      p.appendChild(el("p", "No chain of " + (state.pathStatus === "all" ? "" : state.pathStatus + " ") +
        "curated facts joins them on this page (chains pass through actors and initiatives, not topics or places).", "meta"));
      return;
    }
    var steps = chains[0].length - 1;
    p.appendChild(el("p", chains.length + " shortest chain" + (chains.length > 1 ? "s" : "") + " of " + steps + " step" +
      (steps > 1 ? "s" : "") + (chains.length === PATH_LIMIT ? " (the first " + PATH_LIMIT + ")" : "") +
      ", each step with the report's words.", "meta"));
    var list = el("ol", null, "chains");
    chains.forEach(function (c, k) {
      var item = el("li");
      item.appendChild(el("h3", "Chain " + (k + 1) + ": " + c.map(function (n) { return info[n].label; }).join(" \u2192 ")));
      var ol = el("ol", null, "steps");
      for (var s = 0; s + 1 < c.length; s++) {
        var li = el("li", null, "step");
        li.appendChild(nodeLink(c[s]));
        li.appendChild(document.createTextNode(" and "));
        li.appendChild(nodeLink(c[s + 1]));
        pathLinks(c[s], c[s + 1], state.pathStatus).forEach(function (l) {  // a relation reads from the first to the second
          li.appendChild(el("div", l.kind ? l.relation : l.forward ? l.relation + " \u2192" : "\u2190 " + l.relation, "rel path-relation"));
          evidenceList(li, l.evidence);
        });
        ol.appendChild(li);
      }
      item.appendChild(ol);
      list.appendChild(item);
    });
    p.appendChild(list);
  }

  // -- legend and filters ------------------------------------------------------------------------
  function checkRow(list, key, text, colourEl, onChange, label) {
    var li = el("li"), lab = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-kind", key);
    box.setAttribute("aria-label", label);
    box.addEventListener("change", function () { onChange(box.checked); });
    lab.appendChild(box);
    lab.appendChild(colourEl);
    lab.appendChild(el("span", text));
    var count = el("span", "", "count");
    count.setAttribute("data-kind", key);
    lab.appendChild(count);
    li.appendChild(lab);
    list.appendChild(li);
  }
  data.legend.forEach(function (k) {
    var glyph = el("span", k.glyph, "glyph");
    glyph.style.color = k.colour;
    checkRow(document.getElementById("kg-kinds"), k.kind, k.kind, glyph, function (on) { setKind(k.kind, on); },
             "Show " + k.kind + " nodes");
  });
  data.partnershipKinds.forEach(function (k) {
    var bar = el("span", null, "bar");
    bar.style.background = k.colour;
    checkRow(document.getElementById("kg-pkinds"), k.kind, k.kind, bar, function (on) {
      if (on) state.hiddenPKinds.delete(k.kind); else state.hiddenPKinds.add(k.kind);
      refresh(false);
    }, "Show " + k.kind + " partnerships");
  });
  if (!data.partnershipKinds.length) document.getElementById("kg-pkinds-title").hidden = true;
  function setAll(shown) {
    data.legend.forEach(function (k) { if (shown) state.hiddenKinds.delete(k.kind); else state.hiddenKinds.add(k.kind); });
    document.querySelectorAll("#kg-kinds input").forEach(function (b) { b.checked = shown; });
    refresh(false);
  }
  document.getElementById("kg-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("kg-none").addEventListener("click", function () { setAll(false); });
  var layerBox = document.getElementById("kg-layer"), contextBox = document.getElementById("kg-context");
  var minBox = document.getElementById("kg-min"), topicBox = document.getElementById("kg-topic");
  var documentBox = document.getElementById("kg-document");
  layerBox.addEventListener("change", function () { setLayer(layerBox.value); });
  contextBox.addEventListener("change", function () { state.context = contextBox.checked; refresh(false); });
  minBox.addEventListener("change", function () {
    state.minShared = Math.max(1, Math.floor(Number(minBox.value) || 1));
    minBox.value = state.minShared;
    refresh(false);
  });
  data.topics.forEach(function (t) {
    var o = el("option", info[t[0]].label + " (" + t[1].length + ")");
    o.value = String(t[0]);
    topicBox.appendChild(o);
  });
  topicBox.addEventListener("change", function () { state.topic = topicBox.value === "" ? -1 : Number(topicBox.value); refresh(false); fitVisible(); });
  data.documents.forEach(function (d, k) { var o = el("option", d[0]); o.value = String(k); documentBox.appendChild(o); });
  if (data.documents.length < 2) document.getElementById("kg-document-box").hidden = true;
  documentBox.addEventListener("change", function () { state.document = documentBox.value === "" ? -1 : Number(documentBox.value); refresh(false); fitVisible(); });
  function syncControls() {
    layerBox.value = state.layer;
    document.getElementById("kg-min-box").hidden = state.layer !== "mentions";
    contextBox.checked = state.context;
    minBox.value = state.minShared;
    topicBox.value = state.topic >= 0 ? String(state.topic) : "";
    documentBox.value = state.document >= 0 ? String(state.document) : "";
    document.querySelectorAll("#kg-kinds input").forEach(function (b) { b.checked = !state.hiddenKinds.has(b.getAttribute("data-kind")); });
    document.querySelectorAll("#kg-pkinds input").forEach(function (b) { b.checked = !state.hiddenPKinds.has(b.getAttribute("data-kind")); });
  }
  function fitVisible() {
    var ids = []; for (var i = 0; i < N; i++) if (visible[i]) ids.push(i);
    if (ids.length) network.fit({ nodes: ids, animation: false });
    labelsSoon();
  }
  document.getElementById("kg-filters-button").addEventListener("click", function () {
    document.body.classList.toggle("legend-open");
    document.body.classList.remove("panel-open");
  });

  // -- save picture: the whole current view, with a title and a legend, as a PNG file ----------------
  // Drawn afresh on a canvas of its own (not a copy of the screen): every node and link the page
  // draws now, at their positions, scaled to fit; labels placed where they overlap no other label.
  var PICTURE = { ink: "#1d2b36", muted: "#5b6772", paper: "#ffffff", grey: "#a7b0ba", font: "system-ui, sans-serif" };
  function shapePath(ctx, shape, x, y, r) {
    ctx.beginPath();
    if (shape === "square") { ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8); return; }
    var corners = { triangle: [3, -Math.PI / 2], triangleDown: [3, Math.PI / 2], diamond: [4, 0], hexagon: [6, 0], star: [10, -Math.PI / 2] }[shape];
    if (!corners) { ctx.arc(x, y, r, 0, 2 * Math.PI); return; }
    for (var k = 0; k < corners[0]; k++) {
      var angle = corners[1] + 2 * Math.PI * k / corners[0], reach = shape === "star" && k % 2 ? r * 0.45 : r * 1.1;
      if (k) ctx.lineTo(x + reach * Math.cos(angle), y + reach * Math.sin(angle)); else ctx.moveTo(x + reach * Math.cos(angle), y + reach * Math.sin(angle));
    }
    ctx.closePath();
  }
  function filterText() {  // the filter in force, in words
    var bits = [document.getElementById("kg-subset").textContent];
    if (state.layer === "mentions") bits.push("co-mentions in \u2265 " + state.minShared + " sections");
    if (state.context) bits.push("with topics, places and events");
    if (state.hiddenKinds.size) bits.push("hiding " + Array.from(state.hiddenKinds).sort().join(", "));
    if (state.hiddenPKinds.size) bits.push("hiding " + Array.from(state.hiddenPKinds).sort().join(", ") + " partnerships");
    if (state.topic >= 0) bits.push("topic: " + info[state.topic].label);
    if (state.document >= 0) bits.push("document: " + data.documents[state.document][0]);
    if (state.path) bits.push("how " + info[state.path.from].label + " and " + info[state.path.to].label + " are connected");
    bits = bits.filter(Boolean);
    return bits.length ? bits.join(" \u00b7 ") : "the whole network";
  }
  function paper(width, height) {  // a blank canvas, white
    var canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = PICTURE.paper;
    ctx.fillRect(0, 0, width, height);
    return canvas;
  }
  function picture() {
    var ids = [], pos = network.getPositions(), links = layerEdges().filter(edgeShown);
    for (var i = 0; i < N; i++) if (visible[i]) ids.push(i);
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (n) {
      var r = data.nodes[n].size || 10;
      x0 = Math.min(x0, pos[n].x - r); x1 = Math.max(x1, pos[n].x + r);
      y0 = Math.min(y0, pos[n].y - r); y1 = Math.max(y1, pos[n].y + r);
    });
    if (!ids.length) { x0 = y0 = 0; x1 = y1 = 1; }
    var scale = Math.min(2.5, Math.max(0.3, 2400 / Math.max(x1 - x0, y1 - y0, 1)));
    var PAD = 80, LABEL = 14, TITLE_H = 78, LEGEND_W = 300;
    function radius(n) { return Math.max(4, Math.min(3 * LABEL, (data.nodes[n].size || 10) * 0.9)); }
    // the legend: the kinds drawn, the partnership kinds drawn, the other links
    var rows = [], kindsDrawn = new Set(ids.map(function (n) { return info[n].kind; })), pkinds = new Set(), relations = false;
    links.forEach(function (e) {
      if (e.shared !== undefined) return;
      var meta = data.factInfo[Number(e.id.slice(1))];
      if (meta.p) meta.p.filter(partnershipShown).forEach(function (k) { pkinds.add(data.partnerships[k].kind); });
      else relations = true;
    });
    rows.push({ heading: "Kinds" });
    data.legend.forEach(function (k) { if (kindsDrawn.has(k.kind)) rows.push({ text: k.kind, colour: k.colour, shape: (data.nodes[data.info.findIndex(function (x) { return x.kind === k.kind; })] || {}).shape }); });
    if (pkinds.size) {
      rows.push({ heading: "Partnerships" });
      data.partnershipKinds.forEach(function (k) { if (pkinds.has(k.kind)) rows.push({ text: k.kind, colour: k.colour, bar: 4 }); });
    }
    rows.push({ heading: "Links" });
    if (state.layer === "mentions") rows.push({ text: "named in the same sections", colour: "#9575cd", bar: 2 });
    else if (relations) rows.push({ text: "other curated facts (\u2192 object)", colour: PICTURE.grey, bar: 1 });
    var width = Math.round((x1 - x0) * scale + 2 * PAD + LEGEND_W), legendH = 24 * rows.length + 40;
    var height = Math.round(TITLE_H + Math.max((y1 - y0) * scale + 2 * PAD, legendH));
    var out = paper(width, height), ctx = out.getContext("2d");
    function at(n) { return { x: (pos[n].x - x0) * scale + PAD, y: (pos[n].y - y0) * scale + PAD + TITLE_H }; }
    // title: the page's title and the filter in force
    var title = [document.title || data.title, filterText()];
    ctx.textBaseline = "alphabetic";
    ctx.fillStyle = PICTURE.ink;
    ctx.font = "bold 24px " + PICTURE.font;
    ctx.fillText(title[0], 20, 36);
    ctx.fillStyle = PICTURE.muted;
    ctx.font = "15px " + PICTURE.font;
    ctx.fillText(title[1], 20, 62);
    // links, then nodes, then labels
    links.forEach(function (e) {
      var a = at(e.from), b = at(e.to), st = edgeState(e), colour = st.color ? st.color.color : (e.color && e.color.color) || PICTURE.grey;
      ctx.strokeStyle = colour;
      ctx.globalAlpha = e.shared !== undefined ? 0.55 : 1;
      ctx.lineWidth = e.shared !== undefined ? e.width : e.width || 1;
      ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
      ctx.globalAlpha = 1;
      if (e.shared === undefined && !data.factInfo[Number(e.id.slice(1))].p) {  // an arrow at the object's side
        var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1, r = radius(e.to) + 2;
        var tip = { x: b.x - dx / len * r, y: b.y - dy / len * r }, ux = dx / len, uy = dy / len;
        ctx.fillStyle = colour;
        ctx.beginPath(); ctx.moveTo(tip.x, tip.y);
        ctx.lineTo(tip.x - 9 * ux + 4 * uy, tip.y - 9 * uy - 4 * ux); ctx.lineTo(tip.x - 9 * ux - 4 * uy, tip.y - 9 * uy + 4 * ux);
        ctx.closePath(); ctx.fill();
      }
    });
    var boxes = [], drawn = [];
    ids.forEach(function (n) {
      var p = at(n), r = radius(n), colour = data.nodes[n].color;
      shapePath(ctx, data.nodes[n].shape, p.x, p.y, r);
      ctx.fillStyle = typeof colour === "string" ? colour : colour.background;
      ctx.fill();
      ctx.strokeStyle = "#ffffff"; ctx.lineWidth = 1; ctx.stroke();
      boxes.push({ left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r, node: true });
    });
    ctx.font = LABEL + "px " + PICTURE.font;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    var labelled = 0, notes = [];
    function spotsAround(p, r, w, reach) {  // around the node, then farther out
      var spots = [];
      reach.forEach(function (d) {
        spots.push([p.x - w / 2, p.y + r + 3 + LABEL / 2 + d], [p.x - w / 2, p.y - r - 3 - LABEL / 2 - d], [p.x + r + 4 + d, p.y],
                   [p.x - r - 4 - w - d, p.y], [p.x + r + 2, p.y + r + LABEL / 2 + d], [p.x - r - 2 - w, p.y - r - LABEL / 2 - d],
                   [p.x + r + 2, p.y - r - LABEL / 2 - d], [p.x - r - 2 - w, p.y + r + LABEL / 2 + d]);
      });
      return spots;
    }
    function place(n, text, reach) {  // the label at the first free spot; false when none is free
      var p = at(n), r = radius(n), w = ctx.measureText(text).width, spots = spotsAround(p, r, w, reach);
      for (var k = 0; k < spots.length; k++) {
        var box = { left: spots[k][0] - 2, right: spots[k][0] + w + 2, top: spots[k][1] - LABEL / 2 - 2, bottom: spots[k][1] + LABEL / 2 + 2 };
        if (box.left < 0 || box.right > width - LEGEND_W || box.top < TITLE_H || box.bottom > height) continue;
        if (boxes.some(function (b) { return b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom; })) continue;
        boxes.push(box);
        ctx.strokeStyle = PICTURE.paper; ctx.lineWidth = 3; ctx.strokeText(text, spots[k][0], spots[k][1]);
        ctx.fillStyle = PICTURE.ink; ctx.fillText(text, spots[k][0], spots[k][1]);
        drawn.push({ iri: info[n].iri, label: text, box: [box.left, box.top, box.right - box.left, box.bottom - box.top] });
        return true;
      }
      return false;
    }
    var NEAR = [0, LABEL * 1.3, LABEL * 2.6], FAR = [0, LABEL, LABEL * 2, LABEL * 3, LABEL * 4.5, LABEL * 6];
    var unplaced = [];
    ids.forEach(function (n) {  // most central first (the nodes come so ordered); a large page: the first 400
      if (data.large && labelled >= 400) return;
      var shown = data.nodes[n].label;  // the name or acronym the page shows; long names end in an ellipsis
      if (shown.slice(-1) !== "\u2026" && place(n, shown, NEAR)) { labelled++; return; }
      unplaced.push(n);  // a shortened name, or no room for it: a number, with the full name in the notes
    });
    unplaced.forEach(function (n) {
      var mark = String(notes.length + 1);
      if (place(n, mark, FAR)) { notes.push({ mark: mark, text: info[n].label }); labelled++; }
    });
    // the legend at the right, then the numbered labels' full names
    var NOTE = 12, noteWidth = LEGEND_W - 50, noteLines = [];
    ctx.font = NOTE + "px " + PICTURE.font;
    notes.forEach(function (note) {  // each full name wrapped to the legend's width
      var line = "", lines = [];
      note.text.split(/\s+/).forEach(function (word) {
        var next = line ? line + " " + word : word;
        if (line && ctx.measureText(next).width > noteWidth) { lines.push(line); line = word; } else line = next;
      });
      lines.push(line);
      noteLines.push({ mark: note.mark, lines: lines });
    });
    var notesH = notes.length ? 34 + noteLines.reduce(function (h, note) { return h + note.lines.length * (NOTE + 4) + 2; }, 0) : 0;
    var needed = Math.ceil(TITLE_H + 20 + 24 * rows.length + notesH + 20);
    if (needed > height) {  // a taller picture: the drawing so far copied onto it
      var taller = paper(width, needed);
      ctx = taller.getContext("2d");
      ctx.drawImage(out, 0, 0);
      out = taller; height = needed;
    }
    var lx = width - LEGEND_W + 20, ly = TITLE_H + 20, legend = [];
    ctx.fillStyle = PICTURE.paper;
    ctx.fillRect(width - LEGEND_W, TITLE_H, LEGEND_W, height - TITLE_H);
    rows.forEach(function (row) {
      ctx.textBaseline = "middle";
      if (row.heading) {
        ctx.fillStyle = PICTURE.muted; ctx.font = "bold 13px " + PICTURE.font;
        ctx.fillText(row.heading.toUpperCase(), lx, ly + 10);
      } else {
        if (row.bar) { ctx.fillStyle = row.colour; ctx.fillRect(lx, ly + 10 - row.bar / 2, 22, row.bar); }
        else { shapePath(ctx, row.shape || "dot", lx + 11, ly + 10, 7); ctx.fillStyle = row.colour; ctx.fill(); }
        ctx.fillStyle = PICTURE.ink; ctx.font = "14px " + PICTURE.font;
        ctx.fillText(row.text, lx + 32, ly + 10);
      }
      legend.push({ text: row.heading || row.text, box: [lx, ly, LEGEND_W - 30, 20] });
      ly += 24;
    });
    if (notes.length) {
      ly += 10;
      ctx.fillStyle = PICTURE.muted; ctx.font = "bold 13px " + PICTURE.font;
      ctx.fillText("NUMBERED LABELS", lx, ly + 10);
      legend.push({ text: "Numbered labels", box: [lx, ly, LEGEND_W - 30, 20] });
      ly += 24;
      ctx.textBaseline = "top";
      noteLines.forEach(function (note) {
        ctx.fillStyle = PICTURE.ink; ctx.font = "bold " + NOTE + "px " + PICTURE.font;
        ctx.fillText(note.mark, lx, ly);
        ctx.font = NOTE + "px " + PICTURE.font;
        note.lines.forEach(function (line) { ctx.fillText(line, lx + 30, ly); ly += NOTE + 4; });
        ly += 2;
      });
    }
    return { canvas: out, width: width, height: height, title: title, legend: legend, labels: drawn, nodes: ids.length,
             notes: notes, points: ids.map(function (n) { return at(n); }), network: [0, TITLE_H, width - LEGEND_W, height] };
  }
  document.getElementById("kg-save").addEventListener("click", function () {
    var made = picture(), a = document.createElement("a");
    view.lastPicture = { width: made.width, height: made.height, title: made.title, legend: made.legend, labels: made.labels,
                         notes: made.notes, nodes: made.nodes, points: made.points, network: made.network };
    a.href = made.canvas.toDataURL("image/png");
    a.download = (document.title || "network").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase() + ".png";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  // -- search: labels, acronyms and aliases; case, accents and small typos forgiven ----------------
  function norm(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var names = info.map(function (item) { return [item.label].concat(item.acronyms || [], item.aliases || []).map(norm); });
  function distance(a, b, limit) {  // Damerau-Levenshtein (optimal string alignment), given up above limit
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur.push(v);
        best = Math.min(best, v);
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }
  function rank(name, q) {
    if (name === q) return 0;
    if (name.indexOf(q) === 0) return 1;
    if ((" " + name).indexOf(" " + q) >= 0) return 2;
    if (name.indexOf(q) >= 0) return 3;
    if (q.length < 3) return 9;
    var limit = q.length < 6 ? 1 : 2;  // a typo or two: the whole name, or one of its words
    if (distance(q, name, limit) <= limit) return 4;
    var words = name.split(" "), qn = q.split(" ").length;
    for (var w = 0; w + qn <= words.length; w++) {
      var part = words.slice(w, w + qn).join(" ");
      if (distance(q, part, limit) <= limit || (part.length > q.length && distance(q, part.slice(0, q.length), limit) <= limit)) return 5;
    }
    return 9;
  }
  function search(text) {
    var q = norm(text), hits = [];
    if (!q) return hits;
    for (var i = 0; i < N; i++) {
      var best = 9;
      names[i].forEach(function (n) { best = Math.min(best, rank(n, q)); });
      if (best < 9) hits.push([best, visible[i] ? 0 : 1, -info[i].centrality, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.slice(0, 12).map(function (h) { return h[3]; });
  }
  view.search = function (text) { return search(text).map(function (i) { return info[i].iri; }); };
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-results"), active = -1;
  function showResults() {
    results.replaceChildren();
    active = -1;
    search(input.value).forEach(function (i, k) {
      var li = el("li"), extra = (info[i].acronyms || []).join(", ");
      li.id = "kg-result-" + k;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-index", String(i));
      li.appendChild(el("span", info[i].label));
      li.appendChild(el("span", (extra ? extra + " \u00b7 " : "") + info[i].kind, "kind"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
      results.appendChild(li);
    });
    input.setAttribute("aria-expanded", results.children.length ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
  }
  function setActive(k) {
    var items = results.children;
    if (!items.length) return;
    active = (k + items.length) % items.length;
    for (var n = 0; n < items.length; n++) items[n].setAttribute("aria-selected", n === active ? "true" : "false");
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }
  function pick(i) {
    results.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    selectNode(i, true);
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!results.children.length) showResults();
      setActive(active + (ev.key === "ArrowDown" ? 1 : -1));
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      var chosen = active >= 0 && results.children[active] ? Number(results.children[active].getAttribute("data-index")) : search(input.value)[0];
      if (chosen !== undefined) pick(chosen);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      if (!input.value && !results.children.length) clearSelection();
      input.value = "";
      results.replaceChildren();
      input.setAttribute("aria-expanded", "false");
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target !== input) {
      clearSelection();
      document.body.classList.remove("legend-open");
    }
  });

  // -- the state in the address: #sel=iom&layer=mentions&context=1&topic=remittances ... -------------
  var restoring = true, pathEnds = null;
  function saveState() {
    if (restoring) return;
    var q = new URLSearchParams();
    if (state.selected >= 0) q.set("sel", shortIri(state.selected));
    if (state.path) q.set("path", shortIri(state.path.from) + " " + shortIri(state.path.to));
    if (state.path && state.pathStatus !== "stated") q.set("through", state.pathStatus);
    if (state.layer !== "facts") q.set("layer", state.layer);
    if (state.context) q.set("context", "1");
    if (state.topic >= 0) q.set("topic", shortIri(state.topic));
    if (state.document >= 0) q.set("document", data.documents[state.document][2]);
    if (state.hiddenKinds.size) q.set("hide", Array.from(state.hiddenKinds).sort().join(","));
    if (state.hiddenPKinds.size) q.set("hidep", Array.from(state.hiddenPKinds).sort().join(","));
    if (state.minShared !== data.minShared) q.set("min", String(state.minShared));
    var hash = q.toString();
    if (hash !== location.hash.replace(/^#/, "")) history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }
  function readState() {
    var q = new URLSearchParams(location.hash.replace(/^#/, ""));
    state.layer = q.get("layer") === "mentions" ? "mentions" : "facts";
    state.context = q.get("context") === "1";
    var t = q.has("topic") ? fromShort(q.get("topic")) : -1;
    state.topic = topicMembers.has(t) ? t : -1;
    state.document = data.documents.findIndex(function (d) { return d[2] === q.get("document"); });
    state.hiddenKinds = new Set((q.get("hide") || "").split(",").filter(Boolean));
    state.hiddenPKinds = new Set((q.get("hidep") || "").split(",").filter(Boolean));
    state.minShared = Math.max(1, Math.floor(Number(q.get("min")) || data.minShared));
    state.pathStatus = ["suggested", "inferred", "all"].indexOf(q.get("through")) >= 0 ? q.get("through") : "stated";
    var ends = (q.get("path") || "").split(" ").map(fromShort);
    pathEnds = ends.length === 2 && ends[0] >= 0 && ends[1] >= 0 && ends[0] !== ends[1] ? ends : null;
    return q.has("sel") ? fromShort(q.get("sel")) : -1;
  }
  window.addEventListener("hashchange", function () {
    restoring = true;
    var sel = readState();
    syncControls();
    setLayer(state.layer);
    if (pathEnds) showPath(pathEnds[0], pathEnds[1]); else if (sel >= 0) selectNode(sel, true); else clearSelection();
    restoring = false;
  });

  // -- what this page shows ---------------------------------------------------------------------
  var s = data.subset, bits = [];
  function named(iri) { return byIri.has(iri) ? info[byIri.get(iri)].label : iri; }
  if (s.focus) bits.push("around " + named(s.focus) + ", " + s.depth + " step" + (s.depth === 1 ? "" : "s") +
                         (s.throughEvents ? " (also through events, places and topics)" : " along partnerships and relations"));
  if (s.topic) bits.push("topic: " + named(s.topic));
  if (s.kinds) bits.push("kinds: " + s.kinds.join(", "));
  document.getElementById("kg-subset").textContent = bits.join(" \u00b7 ");

  var start = readState();
  syncControls();
  if (state.layer !== "facts") setLayer(state.layer); else refresh(false);
  network.once("afterDrawing", function () {
    fitVisible();
    if (pathEnds) showPath(pathEnds[0], pathEnds[1]);
    else if (start >= 0) {
      selectNode(start, false);
      network.moveTo({ position: network.getPositions([start])[start], scale: Math.max(network.getScale(), 1.2) });
    }
    restoring = false;
    markStable();
  });
  if (N === 0) { restoring = false; markStable(); }
  showCounts();
}());
