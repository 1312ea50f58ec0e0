// The dispatch timeline's drag and drop: a job dropped on a provider's row is moved there, at the time under the
// pointer (to five minutes); it fills and sends the job's own "Move" form, so dragging and the keyboard do the
// same thing and the server answers both alike.
(function () {
    const FIRST_MINUTE = 6 * 60;
    const MINUTES_SHOWN = 16 * 60;

    function timeAt(track, clientX) {
        const box = track.getBoundingClientRect();
        const share = Math.min(Math.max((clientX - box.left) / box.width, 0), 1);
        const minutes = Math.round((FIRST_MINUTE + share * MINUTES_SHOWN) / 5) * 5;
        const clamped = Math.min(minutes, 23 * 60 + 55);
        return String(Math.floor(clamped / 60)).padStart(2, "0") + ":" + String(clamped % 60).padStart(2, "0");
    }

    document.addEventListener("dragstart", function (event) {
        const job = event.target.closest && event.target.closest("[data-booking-id][draggable=true]");
        if (job) {
            event.dataTransfer.setData("text/plain", job.dataset.bookingId);
            event.dataTransfer.effectAllowed = "move";
        }
    });
    document.addEventListener("dragover", function (event) {
        if (event.target.closest && event.target.closest(".timeline-row")) {
            event.preventDefault();
        }
    });
    document.addEventListener("drop", function (event) {
        const row = event.target.closest && event.target.closest(".timeline-row");
        if (!row) {
            return;
        }
        event.preventDefault();
        const bookingId = event.dataTransfer.getData("text/plain");
        const form = document.querySelector("[data-booking-id='" + bookingId + "'] form.move-form");
        if (!form) {
            return;
        }
        form.querySelector("select[name=providerId]").value = row.dataset.providerId;
        form.querySelector("input[name=time]").value = timeAt(row.querySelector("[data-role=track]"), event.clientX);
        form.requestSubmit();
    });
})();
