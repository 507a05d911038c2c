// The large-text switch (大字), remembered across pages: the one script every page loads (README, "Large text").
// Without it the switch still works on its page (CSS :has). It runs in <head>, before the first paint.
(function () {
  var key = 'large-text';
  var root = document.documentElement;
  var store = function (on) {
    try {
      if (on) localStorage.setItem(key, '1');
      else localStorage.removeItem(key);
    } catch (e) {}
  };
  try {
    if (localStorage.getItem(key)) root.classList.add(key);
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById(key);
    if (!box) return;
    box.checked = root.classList.contains(key);
    box.addEventListener('change', function () {
      root.classList.toggle(key, box.checked);
      store(box.checked);
    });
  });
})();
