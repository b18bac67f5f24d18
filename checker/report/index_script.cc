// The one script of index.html: sorting and filtering of the plans table and the indicator
// table. The tables are complete HTML without it (JavaScript off, print); it only reorders and
// hides rows. State lives in the URL hash (#q=松江&lv=e&gap=2&sort=score&dir=desc&iq=…), so a
// filtered view can be linked, bookmarked and opened by a test with --dump-dom.
#include "checker/report/index_sections.h"

namespace plancheck::report {

std::string_view IndexScript() {
  return R"js(
(function () {
  "use strict";
  var st = {};
  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    st = {q: p.get("q") || "", lv: p.get("lv") || "", gap: p.get("gap") || "",
          sort: p.get("sort") || "", dir: p.get("dir") || "", iq: p.get("iq") || "",
          isort: p.get("isort") || "", idir: p.get("idir") || ""};
  }
  function writeHash() {
    var p = new URLSearchParams();
    Object.keys(st).forEach(function (k) { if (st[k]) p.set(k, st[k]); });
    history.replaceState(null, "", "#" + p.toString());
  }
  // A cell's sort key: data-k (a rank the page computed, e.g. natural order), else its number,
  // else its text.
  function key(row, c) {
    var td = row.cells[c];
    if (!td) return "";
    if (td.dataset.k !== undefined) return +td.dataset.k;
    var v = parseFloat(td.textContent.replace(/[^0-9.\-]+/, ""));
    return isNaN(v) ? td.textContent : v;
  }
  function cmp(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function columns(table) {
    var cols = {};
    [].forEach.call(table.tHead.rows[table.tHead.rows.length - 1].cells, function (th) {
      if (th.dataset.sort) cols[th.dataset.sort] = th.cellIndex;
    });
    return cols;
  }
  function sorted(rows, c, dir) {
    return rows.slice().sort(function (a, b) {
      return (dir === "desc" ? -1 : 1) * cmp(key(a, c), key(b, c)) || a.dataset.n - b.dataset.n;
    });
  }
  function matches(row, needle) {
    return !needle || row.textContent.toLowerCase().indexOf(needle.toLowerCase()) >= 0;
  }
  function bindSort(table, sortKey, dirKey) {
    [].forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
      th.tabIndex = 0;
      th.title = th.title || "\u6392\u5e8f";
      function go() {
        var again = st[sortKey] === th.dataset.sort && st[dirKey] !== "desc";
        st[sortKey] = th.dataset.sort;
        st[dirKey] = again ? "desc" : "asc";
        writeHash();
        apply();
      }
      th.addEventListener("click", go);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
    });
  }
  function mark(table, sortKey, dirKey) {
    [].forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
      th.setAttribute("aria-sort", st[sortKey] === th.dataset.sort
        ? (st[dirKey] === "desc" ? "descending" : "ascending") : "none");
    });
  }

  var plans = document.getElementById("plans");
  var ind = document.getElementById("indicators");
  var all = plans ? [].slice.call(plans.tBodies[0].rows) : [];
  var rows = all.filter(function (r) { return !r.classList.contains("g"); });
  var irows = ind ? [].slice.call(ind.tBodies[0].rows) : [];
  var pc = plans ? columns(plans) : {};
  var ic = ind ? columns(ind) : {};

  function applyPlans() {
    var n = 0;
    rows.forEach(function (r) {
      var errors = +key(r, pc.error), warnings = +key(r, pc.warning);
      var ok = matches(r, st.q) &&
        (!st.gap || (" " + r.dataset.g + " ").indexOf(" " + st.gap + " ") >= 0) &&
        (st.lv !== "e" || errors > 0) && (st.lv !== "w" || errors + warnings > 0);
      r.hidden = !ok;
      if (ok) n++;
    });
    var body = plans.tBodies[0];
    if (st.sort && pc[st.sort] !== undefined) {
      all.forEach(function (r) { if (r.classList.contains("g")) r.hidden = true; });
      sorted(rows, pc[st.sort], st.dir).forEach(function (r) { body.appendChild(r); });
    } else {
      var group = null, any = false;
      all.forEach(function (r) {
        body.appendChild(r);
        if (r.classList.contains("g")) {
          if (group) group.hidden = !any;
          group = r;
          any = false;
        } else if (!r.hidden) {
          any = true;
        }
      });
      if (group) group.hidden = !any;
    }
    document.getElementById("shown").textContent = n + " / " + rows.length;
    var note = document.getElementById("gapnote");
    var gapRow = st.gap && document.getElementById("gap-" + st.gap);
    note.hidden = !gapRow;
    if (gapRow) note.firstChild.textContent = gapRow.dataset.title + " ";
    mark(plans, "sort", "dir");
  }
  function applyIndicators() {
    var n = 0;
    irows.forEach(function (r) { r.hidden = !matches(r, st.iq); if (!r.hidden) n++; });
    var body = ind.tBodies[0];
    var order = st.isort && ic[st.isort] !== undefined ? sorted(irows, ic[st.isort], st.idir) : irows;
    order.forEach(function (r) { body.appendChild(r); });
    document.getElementById("ishown").textContent = n + " / " + irows.length;
    mark(ind, "isort", "idir");
  }
  function apply() {
    if (plans) applyPlans();
    if (ind) applyIndicators();
  }
  function input(id, k) {
    var el = document.getElementById(id);
    if (!el) return;
    el.value = st[k];
    el.addEventListener("input", function () { st[k] = el.value; writeHash(); apply(); });
  }

  readHash();
  [].forEach.call(document.querySelectorAll(".tools"), function (t) { t.hidden = false; });
  input("q", "q");
  input("lv", "lv");
  input("iq", "iq");
  if (plans) bindSort(plans, "sort", "dir");
  if (ind) bindSort(ind, "isort", "idir");
  var clear = document.getElementById("gapclear");
  if (clear) clear.addEventListener("click", function (e) {
    e.preventDefault(); st.gap = ""; writeHash(); apply();
  });
  window.addEventListener("hashchange", function () {
    readHash();
    ["q", "lv", "iq"].forEach(function (id) {
      var el = document.getElementById(id); if (el) el.value = st[id];
    });
    apply();
    if (st.gap && plans) plans.scrollIntoView();
  });
  apply();
})();
)js";
}

}  // namespace plancheck::report
