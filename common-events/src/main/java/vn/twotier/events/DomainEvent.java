package vn.twotier.events;

/**
 * A fact that happened in one aggregate. The aggregate id is the Kafka record key and the CloudEvents subject,
 * so all events of one aggregate stay ordered on one partition.
 */
public interface DomainEvent {

    String aggregateId();
}
