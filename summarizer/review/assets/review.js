(() => {
  "use strict";
  // Everything shown comes from the brief and the article: written as text, never as HTML.
  const data = JSON.parse(document.getElementById("brief-data").textContent);
  const card = document.getElementById("card");
  const FIELDS = {
    figure: [["what", "What"], ["value", "Value"], ["qualifier", "Qualifier"], ["unit", "Unit"],
      ["source", "Source"], ["as_of", "As of"], ["equivalent_of", "Converts"]],
    source: [["name", "Name"], ["kind", "Kind"], ["anonymous", "Anonymous"]],
  };
  const SELECTOR = "mark[data-figure], mark[data-source]";
  let shown = null;

  function itemOf(el) {
    if (el.dataset.figure !== undefined) {
      return ["figure", el.dataset.figure, data.figures[el.dataset.figure]];
    }
    return ["source", el.dataset.source, data.sources[el.dataset.source]];
  }

  function show(el) {
    const [kind, id, item] = itemOf(el);
    if (!item) return;
    const title = document.createElement("strong");
    title.textContent = `${id} · ${kind}`;
    const list = document.createElement("dl");
    for (const [key, label] of FIELDS[kind]) {
      const value = item[key];
      if (value === null || value === undefined || value === "") continue;
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.textContent = String(value);
      list.append(dt, dd);
    }
    card.replaceChildren(title, list);
    card.hidden = false;
    const box = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(box.left, width - card.offsetWidth - 8));
    card.style.left = `${window.scrollX + left}px`;
    card.style.top = `${window.scrollY + box.bottom + 6}px`;
    if (shown && shown !== el) shown.removeAttribute("aria-describedby");
    el.setAttribute("aria-describedby", "card");
    shown = el;
  }

  function hide() {
    card.hidden = true;
    if (shown) shown.removeAttribute("aria-describedby");
    shown = null;
  }

  function flash(elements) {
    for (const el of elements) {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
      setTimeout(() => el.classList.remove("flash"), 1700);
    }
  }

  function goTo(kind, id) {
    const attr = `data-${kind}`;
    const parts = [...document.querySelectorAll(SELECTOR)]
      .filter((el) => el.getAttribute(attr) === id);
    if (parts.length === 0) return;
    parts[0].scrollIntoView({ block: "center" });
    parts[0].focus({ preventScroll: true });
    flash(parts);
  }

  function showRow(mark) {
    const row = document.getElementById(`row-${itemOf(mark)[1]}`);
    if (row) {
      row.scrollIntoView({ block: "nearest" });
      flash([row]);
    }
  }

  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest(SELECTOR);
    if (mark) show(mark); else if (shown && document.activeElement !== shown) hide();
  });
  document.addEventListener("focusin", (event) => {
    const mark = event.target.closest(SELECTOR);
    if (mark) show(mark);
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
    const mark = event.target.closest && event.target.closest(SELECTOR);
    if (mark && event.key === "Enter") showRow(mark);
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-goto]");
    if (link) {
      event.preventDefault();
      goTo(link.dataset.kind, link.dataset.goto);
      return;
    }
    const mark = event.target.closest(SELECTOR);
    if (mark) showRow(mark);
  });
})();
