
(function () {
  "use strict";
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var numeric = rows.every(function (r) { var k = key(r.cells[index]); return k !== "" && !isNaN(Number(k)); });
    rows.sort(function (a, b) {
      var x = key(a.cells[index]), y = key(b.cells[index]);
      var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      if (d !== 0) { return ascending ? d : -d; }
      return Number(a.getAttribute("data-n")) - Number(b.getAttribute("data-n"));
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector("button.sort");
      if (button) { button.addEventListener("click", function () { sortBy(table, index, th); }); }
    });
  });
  var opened = [];
  function setAll(open) {
    Array.prototype.forEach.call(document.querySelectorAll("details.plan"), function (d) { d.open = open; });
  }
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details.plan"), function (d) { return d.open; });
    setAll(true);
  });
  window.addEventListener("afterprint", function () {
    setAll(false);
    opened.forEach(function (d) { d.open = true; });
  });
  var expand = document.getElementById("expand-all"), collapse = document.getElementById("collapse-all");
  if (expand) { expand.addEventListener("click", function () { setAll(true); }); }
  if (collapse) { collapse.addEventListener("click", function () { setAll(false); }); }
  document.documentElement.setAttribute("data-ready", "1");
}());
