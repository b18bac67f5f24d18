// The report page: a finding clicked in the list scrolls the plan's text to its mark and makes
// it blink; a mark clicked in the text shows its finding in the list. Without this script the
// links still jump (href="#f-N").
"use strict";
(function () {
  function show(element) {
    if (!element) return;
    element.scrollIntoView({ block: "center", behavior: "instant" });
    element.classList.remove("current");
    void element.offsetWidth;  // restart the animation
    element.classList.add("current");
  }
  for (const link of document.querySelectorAll("a.finding-link")) {
    link.addEventListener("click", (event) => {
      const mark = document.getElementById(link.dataset.target);
      if (!mark) return;
      event.preventDefault();
      for (const item of document.querySelectorAll("li.finding.selected")) {
        item.classList.remove("selected");
      }
      const item = link.closest("li.finding");
      if (item) item.classList.add("selected");
      history.replaceState(null, "", "#" + link.dataset.target);
      show(mark);
    });
  }
  for (const mark of document.querySelectorAll("mark.hl")) {
    mark.addEventListener("click", () => {
      const item = document.getElementById("item-" + mark.id.slice(2));
      if (!item) return;
      for (const other of document.querySelectorAll("li.finding.selected")) {
        other.classList.remove("selected");
      }
      item.classList.add("selected");
      item.scrollIntoView({ block: "nearest", behavior: "instant" });
    });
  }
})();
