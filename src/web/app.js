// dondoc's dashboard: reads the initData Telegram signed for whoever opened the page, asks
// dondoc's /api/ for what they may see, and draws it. Everything shown from the data goes in
// through textContent; the only markup inserted is the trend chart dondoc drew itself.
"use strict";
(function () {
  const L = JSON.parse(document.getElementById("labels").textContent);
  const main = document.getElementById("main");
  const params = new URLSearchParams(location.search);

  function initData() {
    const tg = window.Telegram && window.Telegram.WebApp;
    if (tg && tg.initData) return tg.initData;
    const fromHash = new URLSearchParams(location.hash.slice(1)).get("tgWebAppData");
    if (fromHash) sessionStorage.setItem("dondoc-init", fromHash);
    return fromHash || sessionStorage.getItem("dondoc-init") || "";
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "onclick") e.addEventListener("click", v);
      else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c)));
    return e;
  }

  const fmt = new Intl.NumberFormat(document.documentElement.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  const pct = (x) => (x == null ? "—" : fmt.format(x) + "%");
  function date(iso) {
    if (!iso) return L.none;
    const [y, m, d] = iso.split("-");
    return document.documentElement.lang === "vi" ? `${d}/${m}/${y}` : `${+d}/${+m}/${y}`;
  }

  function filters() {
    const q = new URLSearchParams();
    for (const k of ["year", "quarter", "half", "programme", "unit", "status", "offset"]) {
      if (params.get(k)) q.set(k, params.get(k));
    }
    return q;
  }

  function go(changes) {
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === "") params.delete(k); else params.set(k, v);
    }
    history.pushState(null, "", "?" + params.toString() + location.hash);
    show();
  }

  async function api(path) {
    const r = await fetch(path, { headers: { Authorization: "tma " + initData() } });
    if (r.status === 401) throw new Error(L.unauthorised);
    if (r.status === 403) throw new Error(L.denied);
    if (!r.ok) throw new Error(L.failed + " (" + r.status + ")");
    return r.json();
  }

  function card(label, value, cls) {
    return el("div", { class: "card " + (cls || "") }, el("div", { class: "value" }, value), el("div", { class: "label" }, label));
  }

  function lateText(t) {
    if (t.days_late != null) return L.days_late.replace("#", t.days_late);
    if (t.days_left != null) return L.days_left.replace("#", t.days_left);
    return "";
  }

  async function overview() {
    const trendData = api("/api/trend?" + filters());
    const s = await api("/api/summary?" + filters());
    if (s.lang && s.lang !== document.documentElement.lang && !params.get("lang")) {
      params.set("lang", s.lang);
      location.replace("?" + params.toString() + location.hash);
      return;
    }
    document.getElementById("scope").textContent = s.scope;
    const c = s.counts;
    const grid = el("section", { class: "grid", id: "counts" },
      card(L.total, fmt.format(c.total)),
      card(L.done_on_time, fmt.format(c.done_on_time), "good"),
      card(L.done_late, fmt.format(c.done_late), "warn"),
      card(L.in_progress, fmt.format(c.in_progress)),
      card(L.not_started, fmt.format(c.not_started)),
      card(L.overdue, fmt.format(c.overdue), "bad"),
      card(L.due_soon, fmt.format(c.due_soon)),
      card(L.no_deadline, fmt.format(c.no_deadline)),
      card(L.suspended, fmt.format(c.suspended)),
      card(L.returned, fmt.format(c.returned)),
      card(L.completion_rate, pct(c.completion_rate), "rate"),
      card(L.on_time_rate, pct(c.on_time_rate), "rate"));
    const a = s.attention;
    const link = (label, n, status) => el("li", {}, el("a", { href: "#", onclick: (e) => { e.preventDefault(); go({ view: "tasks", status }); } }, label + ": " + fmt.format(n)));
    const waiting = el("section", { id: "waiting" }, el("h2", {}, L.waiting), el("ul", {},
      el("li", {}, L.obstacles + ": " + fmt.format(a.obstacles)),
      el("li", {}, L.extensions + ": " + fmt.format(a.extensions)),
      link(L.awaiting, a.awaiting, "awaiting_confirmation"),
      link(L.overdue, a.overdue, "overdue")));
    const trend = el("section", { id: "trend" }, el("h2", {}, L.trend));
    const chart = el("div", { class: "chart" });
    chart.innerHTML = (await trendData).svg; // drawn by dondoc from numbers only
    trend.append(chart);
    const late = el("ol", { class: "overdue" }, ...s.overdue.map((o) =>
      el("li", {}, el("a", { href: "#", onclick: (e) => { e.preventDefault(); task("NV-" + String(o.id).padStart(4, "0")); } }, o.unit + " · " + L.days_late.replace("#", o.days_late) + " · " + o.text))));
    main.replaceChildren(grid, waiting, trend, el("section", {}, el("h2", {}, L.overdue), late));
  }

  async function units() {
    const rows = await api("/api/units?" + filters());
    const cols = [["name", L.unit], ["total", L.total], ["done", L.done_on_time], ["overdue", L.overdue], ["completion_rate", L.completion_rate]];
    const value = (u, k) => (k === "name" ? u.name : k === "done" ? u.counts.done_on_time + u.counts.done_late : u.counts[k]);
    let sortBy = params.get("sort") || "overdue";
    const body = el("tbody");
    function fill() {
      const sorted = rows.slice().sort((x, y) => {
        const a = value(x, sortBy), b = value(y, sortBy);
        return typeof a === "string" ? a.localeCompare(b) : (b ?? -1) - (a ?? -1);
      });
      body.replaceChildren(...sorted.map((u) => el("tr", { onclick: () => go({ view: "tasks", unit: u.id, status: "" }) },
        ...cols.map(([k]) => el("td", {}, k === "completion_rate" ? pct(value(u, k)) : k === "name" ? u.name : fmt.format(value(u, k)))))));
    }
    const head = el("tr", {}, ...cols.map(([k, label]) => el("th", { onclick: () => { sortBy = k; params.set("sort", k); history.replaceState(null, "", "?" + params); fill(); } }, label)));
    fill();
    main.replaceChildren(el("table", { id: "units" }, el("thead", {}, head), body));
  }

  async function tasks() {
    const page = await api("/api/tasks?" + filters());
    const list = el("ul", { class: "tasks" }, ...page.tasks.map((t) =>
      el("li", { onclick: () => task(t.code) },
        el("b", {}, t.code), " · ", t.lead, " · ", L.deadline + " " + date(t.deadline), " · ", t.status_text, " ", el("span", { class: t.days_late != null ? "bad" : "" }, lateText(t)),
        el("div", { class: "text" }, t.text))));
    const more = page.more ? el("button", { onclick: () => go({ offset: page.offset + page.tasks.length }) }, L.more) : "";
    main.replaceChildren(list, more);
  }

  async function task(code) {
    const t = await api("/api/tasks/" + encodeURIComponent(code));
    const rows = [[L.unit, t.lead + (t.co_units.length ? " (+ " + t.co_units.join(", ") + ")" : "")], [L.deadline, date(t.deadline) + " " + lateText(t)], [L.status, t.status_text], [L.programme, t.programme]];
    main.replaceChildren(
      el("button", { onclick: () => show() }, "← " + L.back),
      el("h2", {}, t.code), el("p", {}, t.text),
      el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
      el("h3", {}, L.history), el("ul", {}, ...t.history.map((h) => el("li", {}, date(h.at.slice(0, 10)) + " · " + (h.by || "") + ": " + h.text))),
      el("h3", {}, L.evidence), el("ul", {}, ...(t.evidence.length ? t.evidence.map((e) => el("li", {}, e.name + (e.number ? " (" + e.number + ")" : ""))) : [el("li", {}, L.none)])));
  }

  function setUpFilters() {
    const form = document.getElementById("filters");
    const year = new Date().getFullYear();
    const period = form.elements.period, programme = form.elements.programme;
    const periods = [["", L.period + ": " + L.all], ...[1, 2, 3, 4].map((q) => ["q" + q, L.quarter.replace("#", q) + "/" + year]), ["h1", L.half_1 + " " + year], ["h2", L.half_2 + " " + year]];
    period.replaceChildren(...periods.map(([v, t]) => el("option", { value: v }, t)));
    period.value = params.get("quarter") ? "q" + params.get("quarter") : params.get("half") ? "h" + params.get("half") : "";
    programme.replaceChildren(...[["", L.programme + ": " + L.all], ...["cds", "da06", "nq57", "other"].map((p) => [p, L["programme_" + p]])].map(([v, t]) => el("option", { value: v }, t)));
    programme.value = params.get("programme") || "";
    period.addEventListener("change", () => {
      const v = period.value;
      go({ quarter: v[0] === "q" ? v.slice(1) : null, half: v[0] === "h" ? v.slice(1) : null, offset: null });
    });
    programme.addEventListener("change", () => go({ programme: programme.value, offset: null }));
    for (const a of document.querySelectorAll("nav a")) {
      a.textContent = L[a.dataset.view];
      a.addEventListener("click", (e) => { e.preventDefault(); go({ view: a.dataset.view, offset: null, status: a.dataset.view === "tasks" ? params.get("status") : null }); });
    }
  }

  async function show() {
    const view = params.get("view") || "overview";
    for (const a of document.querySelectorAll("nav a")) a.classList.toggle("on", a.dataset.view === view);
    main.setAttribute("data-view", view);
    try {
      await ({ overview, units, tasks }[view] || overview)();
    } catch (e) {
      main.replaceChildren(el("p", { class: "error" }, e.message));
    }
  }

  window.addEventListener("popstate", () => { for (const k of [...params.keys()]) params.delete(k); new URLSearchParams(location.search).forEach((v, k) => params.set(k, v)); show(); });
  if (window.Telegram && window.Telegram.WebApp) window.Telegram.WebApp.ready();
  initData();
  setUpFilters();
  show();
})();
