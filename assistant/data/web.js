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
