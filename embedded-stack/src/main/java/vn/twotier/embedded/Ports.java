package vn.twotier.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port checks, done before starting a server so a clash gets a clear message instead of a bind error deep in a log. */
public final class Ports {

    private Ports() {
    }

    /**
     * Whether {@code port} can be bound on 127.0.0.1 right now. Binding (rather than connecting) also detects a process that
     * listens on 0.0.0.0 or that accepts no connections; it says nothing about the next second, so callers still handle a race.
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that was free on 127.0.0.1 a moment ago (chosen by the OS). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    static void requireFree(int port, String suspect, String option) {
        if (!isFree(port)) {
            throw new EmbeddedStackException("Port " + port + " is already in use (" + suspect + "?). Set " + option
                    + " or stop the other process.");
        }
    }
}
