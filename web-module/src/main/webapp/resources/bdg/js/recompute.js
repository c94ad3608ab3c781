/*
 * Live figures: while the user types in a form that names a remote command in data-recompute, that
 * command is called once typing pauses, so the server recomputes Nam and the derived indicators from
 * what is typed (nothing is saved). The server's own formulas are used, never a copy in JavaScript.
 */
(function () {
    "use strict";
    var PAUSE_MS = 400;
    var timer = null;

    document.addEventListener("input", function (event) {
        var form = event.target && event.target.closest ? event.target.closest("form[data-recompute]") : null;
        var command = form ? form.getAttribute("data-recompute") : null;
        if (!command || !event.target.matches("input[data-cell]")) {
            return;
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            if (typeof window[command] === "function") {
                window[command]();
            }
        }, PAUSE_MS);
    }, true);
})();
