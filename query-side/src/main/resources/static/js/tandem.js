// Tandem dashboards: CSRF on every htmx request, and the live connection that refreshes fragments.
(function () {
    "use strict";

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute("content") : null;
    }

    // Every htmx request carries the page's CSRF token, as forms do in their hidden field.
    document.addEventListener("htmx:configRequest", function (event) {
        var header = meta("csrf-header");
        var token = meta("csrf-token");
        if (header && token) {
            event.detail.headers[header] = token;
        }
    });

    // A live refresh must not wipe what someone is typing: a fragment holding an edited form waits until
    // that form is sent (its answer replaces the fragment anyway).
    document.addEventListener("input", function (event) {
        if (event.target.form) {
            event.target.form.dataset.dirty = "true";
        }
    });
    document.addEventListener("htmx:beforeRequest", function (event) {
        var element = event.detail.elt;
        var config = event.detail.requestConfig;
        if (config && config.verb === "get" && element.querySelector && element.querySelector("form[data-dirty=true]")) {
            event.preventDefault();
        }
    });

    document.addEventListener("htmx:beforeSwap", function (event) {
        var config = event.detail.requestConfig;
        var target = event.detail.target;
        if (config && config.verb === "get" && target && target.querySelector && target.querySelector("form[data-dirty=true]")) {
            event.detail.shouldSwap = false;
        }
    });

    // The board's time slider names the minute it points at while it moves; the board follows on release.
    document.addEventListener("input", function (event) {
        if (event.target.id === "board-minute") {
            var minute = parseInt(event.target.value, 10);
            var shown = document.getElementById("board-time");
            shown.textContent = String(Math.floor(minute / 60)).padStart(2, "0") + ":" + String(minute % 60).padStart(2, "0");
        }
    });

    // Choosing a catalogue service on the booking form starts the job from its usual duration and price.
    document.addEventListener("change", function (event) {
        var select = event.target;
        if (select.dataset.role !== "service-choice") {
            return;
        }
        var chosen = select.selectedOptions[0];
        if (chosen && chosen.dataset.duration) {
            select.form.elements.duration.value = chosen.dataset.duration;
            select.form.elements.price.value = chosen.dataset.price;
        }
    });

    // An action that cannot reach the server (no network) says so where it was tapped, and can be sent again
    // as it was once the network is back; nothing is lost silently.
    var unsent = null;
    document.addEventListener("htmx:sendError", function (event) {
        var config = event.detail.requestConfig;
        if (!config || config.verb === "get") {
            return;
        }
        unsent = {
            verb: config.verb,
            path: config.path,
            values: config.parameters instanceof FormData ? Object.fromEntries(config.parameters) : config.parameters,
            source: config.elt,
            target: config.target
        };
        var banner = document.getElementById("unsent");
        if (!banner) {
            banner = document.createElement("div");
            banner.id = "unsent";
            banner.className = "error unsent";
            banner.setAttribute("role", "alert");
            var text = document.createElement("span");
            text.textContent = "Not sent: there is no connection. When the network is back: ";
            var retry = document.createElement("button");
            retry.type = "button";
            retry.id = "unsent-retry";
            retry.textContent = "Send again";
            banner.append(text, retry);
            document.querySelector("main").prepend(banner);
        }
        banner.scrollIntoView({block: "nearest"});
    });
    document.addEventListener("click", function (event) {
        if (event.target.id !== "unsent-retry" || !unsent) {
            return;
        }
        var again = unsent;
        unsent = null;
        document.getElementById("unsent").remove();
        htmx.ajax(again.verb, again.path, {
            source: again.source,
            target: again.target,
            values: again.values,
            swap: "outerHTML"
        });
    });

    // A live refresh marks what it changed for a moment, so a change made elsewhere is noticed.
    var shownBefore = {};
    document.addEventListener("htmx:beforeSwap", function (event) {
        var config = event.detail.requestConfig;
        var target = event.detail.target;
        if (config && config.verb === "get" && target && target.id) {
            var shown = {};
            target.querySelectorAll("[data-booking-id]").forEach(function (item) {
                shown[item.dataset.bookingId] = item.textContent;
            });
            shownBefore[target.id] = shown;
        }
    });
    document.addEventListener("htmx:afterSettle", function (event) {
        var id = event.detail.target && event.detail.target.id;
        var seen = id && shownBefore[id];
        if (!seen) {
            return;
        }
        delete shownBefore[id];
        var root = document.getElementById(id) || document;
        root.querySelectorAll("[data-booking-id]").forEach(function (item) {
            var was = seen[item.dataset.bookingId];
            if (was !== undefined && was !== item.textContent) {
                item.classList.add("changed");
                setTimeout(function () { item.classList.remove("changed"); }, 2500);
            }
        });
    });

    // Move keyboard focus somewhere sensible when a fragment that held it is replaced.
    document.addEventListener("htmx:beforeSwap", function (event) {
        var target = event.detail.target;
        if (target && target.contains(document.activeElement) && target.id) {
            target.dataset.hadFocus = "true";
        }
    });
    document.addEventListener("htmx:afterSettle", function (event) {
        var target = document.getElementById(event.detail.target && event.detail.target.id);
        if (target && target.dataset.hadFocus === "true") {
            delete target.dataset.hadFocus;
            var heading = target.querySelector("h2, h3, [role=alert]");
            if (heading) {
                heading.setAttribute("tabindex", "-1");
                heading.focus();
            }
        }
    });

    function startLive() {
        var status = document.getElementById("live-status");
        if (!status || !window.StompJs) {
            return;
        }
        function show(state, text) {
            status.dataset.state = state;
            status.textContent = text;
            document.documentElement.dataset.live = state;
        }
        var client = new window.StompJs.Client({
            brokerURL: (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws",
            reconnectDelay: 1000,
            heartbeatIncoming: 15000,
            heartbeatOutgoing: 15000,
            // Before each (re)connection: renew the session cookie if it is about to expire, or sign in again.
            beforeConnect: function () {
                return fetch("/app/session", { credentials: "same-origin", cache: "no-store" }).then(
                    function (response) {
                        if (response.status === 401) {
                            location.href = "/login?next=" + encodeURIComponent(location.pathname);
                        }
                    },
                    function () {
                        /* offline: the connection attempt fails and is retried */
                    }
                );
            },
        });
        client.onConnect = function () {
            client.subscribe("/user/queue/events", function (message) {
                var type = message.headers["event-type"] || "";
                var detail = null;
                try {
                    detail = JSON.parse(message.body);
                } catch (ignored) {
                    /* the type alone is enough to refresh */
                }
                document.body.dispatchEvent(new CustomEvent("tandem-" + type.split(".")[0], { detail: detail }));
                document.body.dispatchEvent(new CustomEvent("tandem-event", { detail: detail }));
            });
            // Whatever happened while we were not connected: re-read what the page shows.
            document.body.dispatchEvent(new CustomEvent("tandem-resync"));
            show("live", "Live");
        };
        function reconnecting() {
            show("reconnecting", "Reconnecting…");
        }
        client.onWebSocketClose = reconnecting;
        client.onStompError = reconnecting;
        client.activate();
        window.tandemLive = client;
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", startLive);
    } else {
        startLive();
    }
})();
