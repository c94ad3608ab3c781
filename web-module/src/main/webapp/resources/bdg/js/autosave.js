/*
 * Autosave: once something was typed in a form that names a remote command in data-autosave, that
 * command is called every INTERVAL_MS, so a closed browser or an expired session loses at most those
 * seconds. The listeners sit on the document and the form is looked up at each tick, because an ajax
 * update may replace the form (and give it its data-autosave only then).
 */
(function () {
    "use strict";
    var INTERVAL_MS = 15000;
    var dirty = false;

    function autosaveFormOf(element) {
        return element && element.closest ? element.closest("form[data-autosave]") : null;
    }

    ["input", "change", "keyup"].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var form = autosaveFormOf(event.target);
            if (form && form.getAttribute("data-autosave")) {
                dirty = true;
            }
        }, true);
    });

    window.setInterval(function () {
        if (!dirty) {
            return;
        }
        var form = document.querySelector("form[data-autosave]");
        var command = form ? form.getAttribute("data-autosave") : null;
        if (command && typeof window[command] === "function") {
            dirty = false;
            window[command]();
        }
    }, INTERVAL_MS);
})();
