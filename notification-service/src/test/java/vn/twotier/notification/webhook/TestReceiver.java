package vn.twotier.notification.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A unit's own system receiving webhooks, written from the README's verification recipe only (it does not use the
 * service's signing code): it checks the HMAC and the timestamp's freshness before accepting a request.
 */
final class TestReceiver implements AutoCloseable {

    /** What the endpoint does with a request. */
    enum Mode { ACCEPT, FAIL, HOLD }

    record Received(String body, String deliveryId, String contentType, boolean signatureValid) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private final String secret;
    private final List<Received> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Mode mode;
    private final AtomicInteger failuresLeft = new AtomicInteger();

    TestReceiver(String secret, Mode mode) throws IOException {
        this.secret = secret;
        this.mode = mode;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> accepted() {
        return accepted;
    }

    int attempts() {
        return attempts.get();
    }

    void switchTo(Mode mode) {
        this.mode = mode;
    }

    /** Answers 503 to the next {@code count} requests, whatever the mode. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Lets held requests finish (and be accepted). */
    void release() {
        release.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        attempts.incrementAndGet();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (mode == Mode.HOLD) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode == Mode.FAIL || failuresLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        String timestamp = exchange.getRequestHeaders().getFirst("X-TwoTier-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-TwoTier-Signature");
        boolean valid = verify(timestamp, signature, body);
        accepted.add(new Received(new String(body, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("X-TwoTier-Delivery"),
                exchange.getRequestHeaders().getFirst("Content-Type"), valid));
        exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        exchange.close();
    }

    /** The recipe: v1= hex(HMAC-SHA256(secret, timestamp + "." + raw body)), constant-time compare, 5-minute window. */
    private boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
