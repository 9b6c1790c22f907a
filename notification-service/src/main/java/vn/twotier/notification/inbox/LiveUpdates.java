package vn.twotier.notification.inbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.twotier.notification.delivery.Channel;
import vn.twotier.notification.delivery.NotificationCreated;

/**
 * Server-Sent Events per recipient: each new inbox entry is pushed as an {@code notification} event whose id is the
 * entry's sequence, so a reconnecting browser (Last-Event-ID) gets what it missed. Pushes run on their own thread so
 * a slow browser never holds up event consumption.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    static final String EVENT = "notification";
    private static final long NO_TIMEOUT = 0L;

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final ExecutorService pushes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sse-push");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Opens a stream, first sending what the client missed. The stream is registered before the missed entries are
     * read, so nothing created meanwhile is lost; an entry may then come twice, with the same id.
     */
    public SseEmitter open(String recipientId, Supplier<List<InboxItem>> missed) {
        SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
        List<SseEmitter> list = streams.computeIfAbsent(recipientId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        pushes.execute(() -> {
            try {
                // A comment first, so the client sees the stream is open even with nothing to catch up on.
                emitter.send(SseEmitter.event().comment("connected"));
                for (InboxItem item : missed.get()) {
                    push(emitter, item);
                }
            } catch (IOException | RuntimeException e) {
                list.remove(emitter);
            }
        });
        return emitter;
    }

    @EventListener
    public void onCreated(NotificationCreated created) {
        if (created.notification().getChannel() != Channel.IN_APP) {
            return;
        }
        List<SseEmitter> list = streams.get(created.notification().getRecipientId());
        if (list == null || list.isEmpty()) {
            return;
        }
        InboxItem item = InboxItem.of(created.notification());
        pushes.execute(() -> {
            for (SseEmitter emitter : list) {
                try {
                    push(emitter, item);
                } catch (IOException | IllegalStateException e) {
                    list.remove(emitter); // the browser went away
                }
            }
        });
    }

    public int openStreams(String recipientId) {
        return streams.getOrDefault(recipientId, List.of()).size();
    }

    private static void push(SseEmitter emitter, InboxItem item) throws IOException {
        emitter.send(SseEmitter.event().id(Long.toString(item.sequence())).name(EVENT).data(item,
                MediaType.APPLICATION_JSON));
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends the open streams before the web server's graceful shutdown begins (a higher phase stops first), which
     * would otherwise wait its whole timeout for these never-ending requests. Browsers reconnect to another instance.
     */
    @Override
    public void stop() {
        running = false;
        streams.values().forEach(list -> list.forEach(emitter -> {
            try {
                emitter.complete();
            } catch (RuntimeException ignored) {
                // the client is gone already
            }
        }));
        streams.clear();
        pushes.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
