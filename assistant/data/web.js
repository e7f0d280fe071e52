<script>
// A click on an [n] marker in an answer opens that source in the sources panel.
document.addEventListener("click", function (event) {
  const link = event.target.closest("a.cite");
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const id = link.getAttribute("data-cite") || (link.getAttribute("href") || "").replace("#", "");
  const target = document.getElementById(id);
  if (!target) return;
  target.open = true;
  target.scrollIntoView({ behavior: "smooth", block: "center" });
  target.classList.add("flash");
  setTimeout(function () { target.classList.remove("flash"); }, 1600);
}, true);
</script>
<script>
// Gradio's own toasts are English whatever the page's language ("Error", "File(s) exceed the
// maximum allowed size of 19.1 Mb: …", "HTTP 413: {…}"): each is put in Swedish as it appears.
(function () {
  const TITLES = { "Error": "Fel", "Warning": "Varning", "Info": "Information", "Success": "Klart" };
  const UNITS = { "b": 1, "kb": 1024, "mb": 1024 * 1024, "gb": 1024 * 1024 * 1024 };
  function megabytes(text) {
    const m = /([\d.]+)\s*(b|kb|mb|gb)/i.exec(text);
    if (!m) return text;
    const mb = parseFloat(m[1]) * UNITS[m[2].toLowerCase()] / 1e6;
    return (mb >= 10 ? Math.round(mb).toString() : (Math.round(mb * 10) / 10).toString().replace(".", ",")) + " MB";
  }
  function swedish(text) {
    let m = /^File\(s\) exceed the maximum allowed size of ([^:]+): (.*)$/s.exec(text);
    if (m) return "Filen är för stor: högst " + megabytes(m[1]) + " tas emot (" + m[2] + ").";
    m = /^HTTP \d+: (\{.*\})$/s.exec(text);
    if (m) {
      try {
        const body = JSON.parse(m[1]);
        if (body && body.error && body.error.message) return body.error.message;
      } catch (e) { /* not our JSON: leave it */ }
    }
    if (/^Connection errored out\.?$/.test(text)) return "Anslutningen till servern bröts. Ladda om sidan.";
    return null;
  }
  function translate(root) {
    root.querySelectorAll(".toast-title").forEach(function (el) {
      const t = el.firstChild && el.firstChild.nodeType === 3 ? el.firstChild : null;
      if (t && TITLES[t.textContent.trim()]) t.textContent = TITLES[t.textContent.trim()] + " ";
    });
    root.querySelectorAll("[data-testid='toast-text']").forEach(function (el) {
      const text = swedish(el.textContent.trim());
      if (text !== null && text !== el.textContent) el.textContent = text;
    });
    // Gradio can raise the same error twice for one action (a file too large is refused by the
    // browser and by the server): one toast says it
    const seen = new Set();
    root.querySelectorAll("[data-testid='toast-text']").forEach(function (el) {
      const box = el.closest("[data-testid='toast-body']") || el.parentElement;
      const key = el.textContent.trim();
      if (!box || box.style.display === "none") return;
      if (seen.has(key)) box.style.display = "none"; else seen.add(key);
    });
  }
  new MutationObserver(function () { translate(document); })
    .observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
</script>
