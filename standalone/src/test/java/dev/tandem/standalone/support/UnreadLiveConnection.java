package dev.tandem.standalone.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A live connection whose client subscribes and then stops reading, as a phone in a lift or a stuck tab does:
 * a plain socket speaking just enough WebSocket and STOMP to subscribe to {@code /user/queue/events}, with a
 * small receive window, so that what the server sends soon has nowhere to go.
 */
public final class UnreadLiveConnection implements AutoCloseable {

    private static final int RECEIVE_WINDOW = 2_048;

    private final Socket socket;

    private UnreadLiveConnection(Socket socket) {
        this.socket = socket;
    }

    public static UnreadLiveConnection subscribe(int port, String token) throws IOException {
        var socket = new Socket();
        socket.setReceiveBufferSize(RECEIVE_WINDOW);
        socket.connect(new InetSocketAddress("localhost", port), 5_000);
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                        + "Sec-WebSocket-Protocol: v12.stomp\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        String answer = readHandshakeAnswer(socket.getInputStream());
        if (!answer.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("The WebSocket handshake was refused: "
                    + answer.lines().findFirst().orElse(""));
        }
        sendText(
                out,
                "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer " + token
                        + "\n\n\0");
        sendText(out, "SUBSCRIBE\nid:sub-0\ndestination:/user/queue/events\n\n\0");
        return new UnreadLiveConnection(socket);
    }

    private static String readHandshakeAnswer(InputStream in) throws IOException {
        var answer = new ByteArrayOutputStream();
        while (!answer.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            answer.write(next);
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }

    /** One masked text frame, as every client frame must be. */
    private static void sendText(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        var frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
