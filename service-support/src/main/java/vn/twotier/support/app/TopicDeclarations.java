package vn.twotier.support.app;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import vn.twotier.events.Topics;

/** Every topic and its dead-letter twin, declared up front with the same partition count (brokers never auto-create). */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    public static NewTopic[] all(int replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(TopicBuilder.name(topic).partitions(Topics.PARTITIONS).replicas(replicationFactor).build());
            topics.add(TopicBuilder.name(Topics.deadLetter(topic)).partitions(Topics.PARTITIONS)
                    .replicas(replicationFactor).build());
        }
        return topics.toArray(NewTopic[]::new);
    }
}
