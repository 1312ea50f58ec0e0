// An address's pin on a map: dragging it (or moving it with the arrow keys once focused) fills the latitude and
// longitude the form sends, so the place is saved where the pin was left, whatever the address search found.
(function () {
    "use strict";

    function showPin(container) {
        var form = container.closest("form");
        var prefix = container.dataset.prefix;
        var at = [parseFloat(container.dataset.lat), parseFloat(container.dataset.lng)];
        var map = L.map(container, { scrollWheelZoom: false }).setView(at, 16);
        if (container.dataset.tiles) {
            L.tileLayer(container.dataset.tiles, { maxZoom: 19, attribution: container.dataset.attribution }).addTo(map);
        }
        var pin = L.marker(at, { draggable: true, autoPan: true, title: container.dataset.pinTitle, alt: container.dataset.pinTitle });
        pin.addTo(map);
        pin.on("dragend", function () {
            var moved = pin.getLatLng();
            setField(form, prefix + "Lat", moved.lat.toFixed(6));
            setField(form, prefix + "Lng", moved.lng.toFixed(6));
            var note = container.parentElement.querySelector("[data-role=pin-moved]");
            if (note) {
                note.hidden = false;
            }
        });
    }

    // Set as if typed: the form counts as edited, so a live refresh does not wipe it.
    function setField(form, name, value) {
        var field = form.elements[name];
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("[data-role=map-pin]").forEach(showPin);
    });
})();
