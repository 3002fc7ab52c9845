// Runs before the page paints (a file, not an inline script, so the CSP needs no 'unsafe-inline' for it).
(function () {
  var choice = "system";
  try { choice = localStorage.getItem("theme") || "system"; } catch (e) {}
  var dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
})();
