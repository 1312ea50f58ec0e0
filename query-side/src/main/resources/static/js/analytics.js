// The Analytics and Performance pages: draws the charts of a report from its data-charts attribute (again
// whenever a live update replaces the report) and sorts the provider table by any column.
(function () {
    "use strict";

    var INK = "#1d2430", ACCENT = "#1f5fbf", OK = "#1b6e3a", WARN = "#8a5200", MUTED = "#8793a3";
    var PALETTE = [ACCENT, OK, WARN, "#6b3fa0", "#a3231f", "#0f7c86", MUTED, "#b35c00"];
    var drawn = [];
    var sorting = null;

    function money(currency) {
        var format = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: "currency", currency: currency });
        return function (value) { return format.format(value); };
    }

    function bars(data, label, color) {
        return {
            type: "bar",
            data: { labels: data.labels, datasets: [{ label: label, data: data.values, backgroundColor: color || ACCENT }] },
            options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
        };
    }

    var CHARTS = {
        earnings: function (charts) {
            var shown = money(charts.currency);
            return {
                type: "line",
                data: {
                    labels: charts.earnings.labels,
                    datasets: [
                        { label: "Gross", data: charts.earnings.gross, borderColor: ACCENT, backgroundColor: ACCENT },
                        { label: "Providers, with tips", data: charts.earnings.providers, borderColor: OK, backgroundColor: OK }
                    ]
                },
                options: { scales: { y: { beginAtZero: true, ticks: { callback: shown } } } }
            };
        },
        status: function (charts) {
            return {
                type: "doughnut",
                data: { labels: charts.status.labels, datasets: [{ data: charts.status.values, backgroundColor: PALETTE }] },
                options: { aspectRatio: 1.6 }
            };
        },
        service: function (charts) { return bars(charts.service, "Bookings"); },
        dayOfWeek: function (charts) { return bars(charts.dayOfWeek, "Bookings"); },
        ratings: function (charts) { return bars(charts.ratings, "Ratings", WARN); },
        providers: function (charts) {
            return {
                type: "bar",
                data: {
                    labels: charts.providers.labels,
                    datasets: [
                        { label: "Utilization %", data: charts.providers.utilization, backgroundColor: ACCENT },
                        { label: "Completion rate %", data: charts.providers.completionRate, backgroundColor: OK }
                    ]
                },
                options: { scales: { y: { beginAtZero: true } } }
            };
        },
        earned: function (charts) {
            var shown = money(charts.currency);
            return {
                type: "line",
                data: {
                    labels: charts.earnings.labels,
                    datasets: [{ label: "Earned, with tips", data: charts.earnings.earned, borderColor: OK, backgroundColor: OK }]
                },
                options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { callback: shown } } } }
            };
        }
    };

    function draw() {
        var report = document.querySelector("[data-charts]");
        if (!report || !window.Chart) {
            return;
        }
        drawn.forEach(function (chart) { chart.destroy(); });
        drawn = [];
        var charts = JSON.parse(report.getAttribute("data-charts"));
        Chart.defaults.animation = false;
        Chart.defaults.color = INK;
        report.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
            var config = CHARTS[canvas.getAttribute("data-chart")](charts);
            config.options = Object.assign({ responsive: true, maintainAspectRatio: true }, config.options || {});
            drawn.push(new Chart(canvas, config));
        });
        if (sorting) {
            sort(document.querySelector(sorting.table), sorting.column, sorting.direction);
        }
    }

    function sort(table, column, direction) {
        if (!table) {
            return;
        }
        var body = table.tBodies[0];
        var header = table.tHead.rows[0].cells[column];
        var numeric = header.querySelector("button").getAttribute("data-sort") === "number";
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            var x = a.cells[column].getAttribute("data-sort-value"), y = b.cells[column].getAttribute("data-sort-value");
            var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
            return direction === "ascending" ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", direction);
    }

    // A header's button sorts by its column, descending first for numbers; again reverses it.
    document.addEventListener("click", function (event) {
        var button = event.target.closest("table.sortable th button");
        if (!button) {
            return;
        }
        var header = button.closest("th");
        var table = button.closest("table");
        var current = header.getAttribute("aria-sort");
        var direction = current
            ? (current === "ascending" ? "descending" : "ascending")
            : (button.getAttribute("data-sort") === "number" ? "descending" : "ascending");
        sorting = { table: "#" + table.id, column: header.cellIndex, direction: direction };
        sort(table, header.cellIndex, direction);
    });

    // Dates typed in a period form mean those dates, whatever preset was chosen before.
    document.addEventListener("input", function (event) {
        var form = event.target.closest("form[data-custom-dates]");
        if (form && event.target.type === "date") {
            form.querySelector("select[name=preset]").value = "custom";
        }
    });

    document.addEventListener("DOMContentLoaded", draw);
    document.addEventListener("htmx:afterSettle", function (event) {
        if (event.target.closest("[data-charts]") || event.target.querySelector("[data-charts]")) {
            draw();
        }
    });
})();
