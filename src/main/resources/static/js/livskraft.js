// Sends the CSRF token with every htmx request (forms without htmx carry it as a hidden field).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The main menu: one group open at a time, Escape or a click elsewhere closes it; on a small
// screen the whole menu folds behind the menu button (without JavaScript it stays unfolded).
(function () {
  var nav = document.getElementById("main-nav");
  if (!nav) {
    return;
  }
  var groups = Array.prototype.slice.call(nav.querySelectorAll(".nav-group details"));
  function closeOthers(keep) {
    groups.forEach(function (d) {
      if (d !== keep) {
        d.open = false;
      }
    });
  }
  groups.forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (d.open) {
        closeOthers(d);
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var open = groups.filter(function (d) { return d.open; })[0];
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (!nav.contains(event.target)) {
      closeOthers(null);
    }
  });
  var button = nav.querySelector(".menu-button");
  var small = window.matchMedia("(max-width: 48rem)");
  function fold(folded) {
    nav.classList.toggle("folded", folded);
    button.setAttribute("aria-expanded", folded ? "false" : "true");
  }
  function layout() {
    button.hidden = !small.matches;
    fold(small.matches);
  }
  button.addEventListener("click", function () {
    fold(!nav.classList.contains("folded"));
  });
  if (small.addEventListener) {
    small.addEventListener("change", layout);
  }
  layout();
})();
