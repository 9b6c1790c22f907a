package vn.twotier.support.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.support.consumer.EventHandler;
import vn.twotier.support.outbox.OutboxCollections;

/** A minimal service: one aggregate with an outbox, one event handler that counts what it applies. */
@SpringBootApplication
public class SupportTestApplication {

    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(TestProvince.class);
    }

    /** Counts applications per province; a duplicate application would show as a count of 2. */
    @Component
    static class CountingHandler implements EventHandler<RegisterImported> {

        private final MongoTemplate mongo;

        CountingHandler(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public void handle(ReceivedEvent<RegisterImported> event) {
            if ("poison-in-handler".equals(event.data().provinceName())) {
                throw new IllegalStateException("cannot apply this one");
            }
            mongo.upsert(Query.query(Criteria.where("_id").is(event.data().provinceCode())),
                    new Update().inc("applied", 1).set("correlationId", event.metadata().correlationId()),
                    "applied_counts");
        }
    }
}
