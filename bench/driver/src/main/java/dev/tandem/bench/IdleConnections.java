package dev.tandem.bench;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.simp.stomp.StompSession;

/**
 * Opens many authenticated, subscribed, idle connections and holds them, so the script can weigh the server
 * with and without them. Prints {@code CONNECTED <n>} once they are all open, and {@code STILL_OPEN <n>} at the
 * end of the hold: how many the server kept open all along (none reconnects).
 */
final class IdleConnections implements BenchDriver.Task {

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        int port = args.integer("port", 8080);
        int connections = args.integer("connections", 10_000);
        var business = Tenants.create(new Http(port), 1, 0).getFirst();
        var listeners = new Listeners(port);
        var opened = new ArrayList<CompletableFuture<StompSession>>();
        for (int n = 0; n < connections; n++) {
            opened.add(listeners.open(n, business.adminToken(), delivery -> {}));
        }
        for (var connection : opened) {
            connection.get(120, TimeUnit.SECONDS);
        }
        System.out.println("CONNECTED " + connections);
        System.out.flush();
        TimeUnit.SECONDS.sleep(args.integer("hold", 60));
        long stillOpen = opened.stream()
                .filter(connection -> connection.join().isConnected())
                .count();
        System.out.println("STILL_OPEN " + stillOpen);
        System.out.flush();
        System.exit(0);
    }
}
