// kg report: graph (search, type filter, details on click), timeline, sortable tables.
// Plain DOM code, no libraries; every text from the data goes in through textContent.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var W = 1000, H = 700;
  var state = { hidden: {}, query: "", selected: null, view: { x: 0, y: 0, k: 1 } };
  var nodeById = {}, nodeEls = {}, edgeEls = [];
  var errors = [];
  window.addEventListener("error", function (e) { errors.push(String(e.message)); });

  // --- helpers ------------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAll(node, attrs);
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function svg(tag, attrs) { var node = document.createElementNS(SVG, tag); setAll(node, attrs); return node; }
  function setAll(node, attrs) {
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "cls") node.setAttribute("class", attrs[k]);
      else if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    });
  }
  function article(id) { return DATA.articles[id] || { title: id }; }
  function sourceLine(articleId, extra) {
    var a = article(articleId);
    var title = a.url ? el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer", text: a.title })
                      : el("span", { text: a.title });
    var bits = [title];
    if (a.source) bits.push(" · " + a.source);
    if (a.published) bits.push(" · " + a.published);
    if (extra) bits.push(" · " + extra);
    return el("div", { cls: "source" }, ["Source: "].concat(bits));
  }
  function quote(sentence, evidence) {
    var q = el("blockquote");
    var at = evidence ? sentence.indexOf(evidence) : -1;
    if (at < 0) {  // evidence that runs past its sentence: show the evidence itself
      if (evidence) q.appendChild(el("mark", { text: evidence })); else q.textContent = sentence || "";
      return q;
    }
    q.appendChild(document.createTextNode(sentence.slice(0, at)));
    q.appendChild(el("mark", { text: evidence }));
    q.appendChild(document.createTextNode(sentence.slice(at + evidence.length)));
    return q;
  }
  function nodeLink(id, label) {
    if (!id || !nodeById[id]) return el("span", { text: label });
    var a = el("a", { cls: "node-link", href: "#graph-section", text: label });
    a.addEventListener("click", function (ev) { ev.preventDefault(); select(id); });
    return a;
  }

  // --- graph --------------------------------------------------------------------------------
  var graphSvg = document.getElementById("graph");
  var viewport = svg("g", { id: "viewport" });
  graphSvg.appendChild(viewport);
  var edgeLayer = svg("g", { cls: "edges" }), nodeLayer = svg("g", { cls: "nodes" });
  viewport.appendChild(edgeLayer);
  viewport.appendChild(nodeLayer);
  var labelAll = DATA.nodes.length <= 80;
  var bigOnes = DATA.nodes.slice().sort(function (a, b) { return b.size - a.size; }).slice(0, 40)
    .reduce(function (acc, n) { acc[n.id] = true; return acc; }, {});

  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });
  DATA.edges.forEach(function (e) {
    var s = nodeById[e.source], t = nodeById[e.target];
    if (!s || !t) return;
    var line = svg("line", { cls: "edge" + (s.category === "event" ? " role" : ""), x1: s.x * W, y1: s.y * H,
                             x2: t.x * W, y2: t.y * H });
    line.appendChild(svg("title", { text: s.label + " — " + e.kind + " → " + t.label }));
    edgeLayer.appendChild(line);
    edgeEls.push({ el: line, edge: e });
  });
  DATA.nodes.forEach(function (n) {
    var g = svg("g", { cls: "node" + (labelAll || bigOnes[n.id] ? "" : " quiet"), "data-id": n.id, "data-type": n.type,
                       transform: "translate(" + (n.x * W) + "," + (n.y * H) + ")" });
    var r = Math.max(3, n.size / 3);
    g.appendChild(svg("circle", { r: r, fill: n.color }));
    g.appendChild(svg("text", { x: r + 2, y: 3, text: n.label }));
    g.appendChild(svg("title", { text: n.label + " (" + n.type + ")" }));
    nodeLayer.appendChild(g);
    nodeEls[n.id] = g;
  });

  function isHidden(n) { return !!state.hidden[n.type]; }
  function applyVisibility() {
    DATA.nodes.forEach(function (n) { nodeEls[n.id].classList.toggle("hidden", isHidden(n)); });
    edgeEls.forEach(function (x) {
      x.el.classList.toggle("hidden", isHidden(nodeById[x.edge.source]) || isHidden(nodeById[x.edge.target]));
    });
  }
  function applySearch() {
    var q = state.query.trim().toLowerCase(), count = 0;
    DATA.nodes.forEach(function (n) {
      var hit = q !== "" && (n.label.toLowerCase().indexOf(q) >= 0 || n.iri.toLowerCase().indexOf(q) >= 0);
      if (hit && !isHidden(n)) count++;
      nodeEls[n.id].classList.toggle("match", hit);
      nodeEls[n.id].classList.toggle("dim", q !== "" && !hit);
    });
    edgeEls.forEach(function (x) { x.el.classList.toggle("dim", q !== ""); });
    document.getElementById("search-count").textContent = q ? count + " match" + (count === 1 ? "" : "es") : "";
    return count;
  }

  // pan and zoom; a press that does not move is a click
  function applyView() {
    viewport.setAttribute("transform", "translate(" + state.view.x + "," + state.view.y + ") scale(" + state.view.k + ")");
  }
  function svgPoint(ev) {
    var box = graphSvg.getBoundingClientRect();
    return { x: (ev.clientX - box.left) * W / box.width, y: (ev.clientY - box.top) * H / box.height };
  }
  var drag = null;
  graphSvg.addEventListener("mousedown", function (ev) {
    drag = { start: svgPoint(ev), view: { x: state.view.x, y: state.view.y }, moved: false };
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var p = svgPoint(ev), dx = p.x - drag.start.x, dy = p.y - drag.start.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; graphSvg.classList.add("panning"); }
    if (drag.moved) { state.view.x = drag.view.x + dx; state.view.y = drag.view.y + dy; applyView(); }
  });
  window.addEventListener("mouseup", function (ev) {
    if (drag && !drag.moved) {
      var target = ev.target.closest ? ev.target.closest("#graph .node") : null;
      if (target) select(target.getAttribute("data-id"));
    }
    drag = null;
    graphSvg.classList.remove("panning");
  });
  graphSvg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = svgPoint(ev), k = Math.min(8, Math.max(0.3, state.view.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
    state.view.x = p.x - (p.x - state.view.x) * k / state.view.k;
    state.view.y = p.y - (p.y - state.view.y) * k / state.view.k;
    state.view.k = k;
    applyView();
  }, { passive: false });
  document.getElementById("reset-view").addEventListener("click", function () {
    state.view = { x: 0, y: 0, k: 1 };
    applyView();
  });

  // --- filters and search ------------------------------------------------------------------
  var typeCounts = {};
  DATA.nodes.forEach(function (n) {
    var t = typeCounts[n.type] || (typeCounts[n.type] = { count: 0, color: n.color, category: n.category });
    t.count++;
  });
  var filters = document.getElementById("filters");
  Object.keys(typeCounts).sort(function (a, b) {
    var ca = typeCounts[a].category, cb = typeCounts[b].category;
    return ca === cb ? a.localeCompare(b) : (ca === "entity" ? -1 : 1);
  }).forEach(function (type) {
    var box = el("input", { type: "checkbox", "data-type": type });
    box.checked = true;
    box.addEventListener("change", function () { setType(type, box.checked); });
    filters.appendChild(el("label", {}, [box, el("span", { cls: "swatch", style: "background:" + typeCounts[type].color }),
                                          type, el("span", { cls: "count", text: String(typeCounts[type].count) })]));
  });
  function setType(type, visible) {
    if (visible) delete state.hidden[type]; else state.hidden[type] = true;
    var box = filters.querySelector('input[data-type="' + type + '"]');
    if (box) box.checked = visible;
    applyVisibility();
    applySearch();
  }
  var search = document.getElementById("search");
  search.addEventListener("input", function () { state.query = search.value; applySearch(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var first = nodeLayer.querySelector(".node.match:not(.hidden)");
    if (first) select(first.getAttribute("data-id"));
  });

  // --- details of a node -------------------------------------------------------------------
  function factsOf(id) { return DATA.facts.filter(function (f) { return f.subject === id || f.object === id; }); }
  function eventsOf(id) {
    return DATA.events.filter(function (e) { return e.roles.some(function (r) { return r.id === id; }); });
  }
  function factItem(f) {
    return el("div", { cls: "item" }, [
      el("div", { cls: "what" }, [nodeLink(f.subject, f.subjectLabel), " " + f.predicate + " ", nodeLink(f.object, f.objectLabel)]),
      quote(f.sentence, f.evidence),
      sourceLine(f.article, f.status + " · " + f.rule + " · " + f.confidence)]);
  }
  function eventItem(e, role) {
    var what = [nodeLink(e.id, e.label)];
    if (role) what.push(" (" + role + ")");
    var when = [e.date ? e.date + (e.datedBy === "article" ? " (article date)" : "") : "undated", e.status];
    if (e.penalty) when.push("penalty: " + e.penalty);
    if (e.place) when.push(e.place);
    return el("div", { cls: "item" }, [el("div", { cls: "what" }, what), el("div", { cls: "muted", text: when.join(" · ") }),
                                       quote(e.sentence, e.evidence), sourceLine(e.article)]);
  }
  function showDetails(n) {
    var box = document.getElementById("details");
    box.textContent = "";
    box.appendChild(el("h3", { text: n.label }));
    box.appendChild(el("div", { cls: "muted", text: n.type + (n.category === "entity" ? " · " + n.mentions + " mentions" : "") }));
    box.appendChild(el("div", { cls: "iri", text: n.iri }));
    if (n.category === "event") {
      var e = DATA.events.filter(function (x) { return x.id === n.id; })[0];
      if (e) {
        box.appendChild(eventItem(e));
        box.appendChild(el("h4", { text: "Participants" }));
        e.roles.forEach(function (r) { box.appendChild(el("div", { cls: "item" }, [r.role + ": ", nodeLink(r.id, r.label)])); });
      }
      var derived = DATA.facts.filter(function (f) { return f.event === n.id; });
      if (derived.length) box.appendChild(el("h4", { text: "Facts derived from it" }));
      derived.forEach(function (f) { box.appendChild(factItem(f)); });
      return;
    }
    var facts = factsOf(n.id), events = eventsOf(n.id);
    box.appendChild(el("h4", { text: "Facts (" + facts.length + ")" }));
    if (!facts.length) box.appendChild(el("p", { cls: "muted", text: "No fact links this node." }));
    facts.forEach(function (f) { box.appendChild(factItem(f)); });
    box.appendChild(el("h4", { text: "Events (" + events.length + ")" }));
    events.forEach(function (e) {
      var roles = e.roles.filter(function (r) { return r.id === n.id; }).map(function (r) { return r.role; });
      box.appendChild(eventItem(e, roles.join(", ")));
    });
  }
  function select(id) {
    var n = nodeById[id];
    if (!n) return false;
    if (state.selected && nodeEls[state.selected]) nodeEls[state.selected].classList.remove("selected");
    state.selected = id;
    nodeEls[id].classList.add("selected");
    var near = {};
    edgeEls.forEach(function (x) {
      var hit = x.edge.source === id || x.edge.target === id;
      x.el.classList.toggle("near", hit);
      if (hit) { near[x.edge.source] = true; near[x.edge.target] = true; }
    });
    DATA.nodes.forEach(function (m) { nodeEls[m.id].classList.toggle("near", !!near[m.id]); });
    showDetails(n);
    return true;
  }

  // --- timeline ------------------------------------------------------------------------------
  var FAMILY_COLORS = {};
  DATA.nodes.forEach(function (n) { if (n.category === "event") FAMILY_COLORS[n.type] = n.color; });
  function drawTimeline() {
    var box = document.getElementById("timeline"), list = document.getElementById("timeline-list");
    var dated = DATA.events.filter(function (e) { return e.date; });
    DATA.events.forEach(function (e) {
      var item = el("li", {}, [el("strong", { text: e.date || "undated" }), " ", nodeLink(e.id, e.label), " ",
                               el("span", { cls: "status-" + e.status, text: "(" + e.status + ")" })]);
      item.appendChild(sourceLine(e.article));
      list.appendChild(item);
    });
    if (!dated.length) {
      box.appendChild(svg("text", { x: 500, y: 75, "text-anchor": "middle", fill: "#888", text: "No dated events in this build." }));
      return;
    }
    var times = dated.map(function (e) { return Date.parse(e.date); });
    var lo = Math.min.apply(null, times), hi = Math.max.apply(null, times);
    var pad = Math.max((hi - lo) * 0.05, 15 * 864e5);
    lo -= pad; hi += pad;
    var x = function (t) { return 40 + 920 * (t - lo) / (hi - lo); };
    box.appendChild(svg("line", { cls: "axis", x1: 40, x2: 960, y1: 110, y2: 110 }));
    var years = new Date(hi).getUTCFullYear() - new Date(lo).getUTCFullYear();
    var step = years > 8 ? 12 * Math.ceil(years / 8) : (years > 1 ? 12 : (hi - lo > 120 * 864e5 ? 1 : 0));
    var d = new Date(lo);
    d = new Date(Date.UTC(d.getUTCFullYear(), step >= 12 ? 0 : d.getUTCMonth(), 1));
    for (var i = 0; i < 200 && d.getTime() <= hi; i++) {
      if (d.getTime() >= lo) {
        var tick = svg("g", { cls: "tick" });
        tick.appendChild(svg("line", { x1: x(d.getTime()), x2: x(d.getTime()), y1: 10, y2: 110 }));
        tick.appendChild(svg("text", { x: x(d.getTime()), y: 126, "text-anchor": "middle",
                                       text: d.toISOString().slice(0, step >= 12 ? 4 : step ? 7 : 10) }));
        box.appendChild(tick);
      }
      if (step === 0) { d = new Date(d.getTime() + 7 * 864e5); } else { d.setUTCMonth(d.getUTCMonth() + step); }
    }
    var stack = {}, most = 1;
    dated.forEach(function (e) { stack[e.date] = (stack[e.date] || 0) + 1; most = Math.max(most, stack[e.date]); });
    var rise = Math.min(12, 92 / most);  // events of one day stack upwards and always fit
    stack = {};
    dated.forEach(function (e) {
      var level = stack[e.date] = (stack[e.date] || 0) + 1;
      var mark = svg("circle", { cls: "mark" + (e.datedBy === "article" ? " undated-day" : ""), "data-id": e.id,
                                 cx: x(Date.parse(e.date)), cy: 110 - rise * level, r: Math.min(6, rise / 2 + 1),
                                 fill: FAMILY_COLORS[e.type] || "#999" });
      mark.appendChild(svg("title", { text: e.date + " " + e.label + " (" + e.status + ")" }));
      mark.addEventListener("click", function () { select(e.id); document.getElementById("graph-section").scrollIntoView(); });
      box.appendChild(mark);
    });
  }

  // --- sortable tables ---------------------------------------------------------------------
  function table(id, columns, rows) {
    var t = document.getElementById(id), head = el("tr"), body = el("tbody");
    columns.forEach(function (c, i) {
      var th = el("th", { scope: "col", text: c.title, tabindex: "0" });
      th.addEventListener("click", function () { sortBy(i); });
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") sortBy(i); });
      head.appendChild(th);
    });
    t.appendChild(el("thead", {}, [head]));
    t.appendChild(body);
    var order = rows.slice();
    function fill() {
      body.textContent = "";
      order.forEach(function (r) {
        body.appendChild(el("tr", {}, columns.map(function (c) {
          var v = c.cell ? c.cell(r) : r[c.key];
          return el("td", { cls: c.numeric ? "num" : null }, [typeof v === "object" && v ? v : String(v === null || v === undefined ? "" : v)]);
        })));
      });
    }
    function sortBy(i) {
      var c = columns[i], th = head.children[i];
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(head.children, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      order.sort(function (a, b) {
        var x = a[c.key], y = b[c.key];
        if (c.numeric) return dir * ((+x || 0) - (+y || 0));
        return dir * String(x === null || x === undefined ? "" : x).localeCompare(String(y === null || y === undefined ? "" : y));
      });
      fill();
    }
    fill();
  }

  table("entities-table", [
    { title: "Entity", key: "label", cell: function (r) { return nodeLink(r.id, r.label); } },
    { title: "Type", key: "type" },
    { title: "Mentions", key: "mentions", numeric: true },
    { title: "Articles", key: "articles", numeric: true },
    { title: "Date", key: "date" },
    { title: "Also called", key: "aliases", cell: function (r) { return r.aliases.join(" | "); } }
  ], DATA.entities);
  table("facts-table", [
    { title: "Subject", key: "subjectLabel", cell: function (r) { return nodeLink(r.subject, r.subjectLabel); } },
    { title: "Relation", key: "predicate" },
    { title: "Object", key: "objectLabel", cell: function (r) { return nodeLink(r.object, r.objectLabel); } },
    { title: "Evidence", key: "sentence", cell: function (r) { return quote(r.sentence, r.evidence); } },
    { title: "Source", key: "article", cell: function (r) { return sourceLine(r.article); } },
    { title: "Status", key: "status" },
    { title: "Confidence", key: "confidence", numeric: true }
  ], DATA.facts);
  table("events-table", [
    { title: "Date", key: "date" },
    { title: "Event", key: "label", cell: function (r) { return nodeLink(r.id, r.label); } },
    { title: "Type", key: "type" },
    { title: "Status", key: "status" },
    { title: "Evidence", key: "sentence", cell: function (r) { return quote(r.sentence, r.evidence); } },
    { title: "Source", key: "article", cell: function (r) { return sourceLine(r.article); } }
  ], DATA.events);

  drawTimeline();
  document.getElementById("summary").textContent = Object.keys(DATA.articles).length + " articles · " +
    DATA.entities.length + " entities · " + DATA.events.length + " events · " + DATA.facts.length + " facts";
  document.getElementById("generator").textContent = "Made by " + DATA.generator + ". Works offline: everything is in this file.";

  // a small hook for tests and the curious (the page works without it)
  window.kgReport = {
    ready: true,
    errors: errors,
    nodeCount: function () { return DATA.nodes.length; },
    renderedNodes: function () { return nodeLayer.querySelectorAll(".node").length; },
    visibleNodes: function () { return nodeLayer.querySelectorAll(".node:not(.hidden)").length; },
    select: select,
    setType: setType,
    search: function (q) { search.value = q; state.query = q; return applySearch(); }
  };
})();
