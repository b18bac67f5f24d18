// The upload page: files dropped on the zone go into the form's file field, their names are
// listed, and the button says the check is under way. Without this script the form still works.
"use strict";
(function () {
  const form = document.getElementById("upload");
  const drop = document.getElementById("drop");
  const input = document.getElementById("plan");
  const chosen = document.getElementById("chosen");
  if (!form || !drop || !input || !chosen) return;

  function list() {
    chosen.replaceChildren();
    for (const file of input.files) {
      const item = document.createElement("li");
      item.textContent = file.name + " (" + Math.max(1, Math.round(file.size / 1024)) + " KB)";
      chosen.appendChild(item);
    }
  }
  input.addEventListener("change", list);
  for (const name of ["dragenter", "dragover"]) {
    drop.addEventListener(name, (event) => {
      event.preventDefault();
      drop.classList.add("over");
    });
  }
  for (const name of ["dragleave", "drop"]) {
    drop.addEventListener(name, () => drop.classList.remove("over"));
  }
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      list();
    }
  });
  form.addEventListener("submit", () => {
    document.getElementById("submit").disabled = true;
    document.getElementById("busy").hidden = false;
  });
})();
