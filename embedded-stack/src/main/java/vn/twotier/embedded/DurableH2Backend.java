package vn.twotier.embedded;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, committed after every write command. Left alone, H2's MVStore commits about once a second, so a
 * killed launcher could lose the last second of acknowledged writes while Kafka keeps the consumer offsets that
 * covered them: a read model would then miss those events for good. Committing per write keeps acknowledged
 * writes across a process crash (they are in the file; an operating-system crash is another matter).
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (WRITES.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
        return result;
    }
}
