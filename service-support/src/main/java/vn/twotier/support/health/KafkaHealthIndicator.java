package vn.twotier.support.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Kafka is up when the cluster answers a describe within a few seconds; reports the broker count. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient admin;

    public KafkaHealthIndicator(Map<String, Object> adminConfig) {
        super("Kafka cluster unreachable");
        Map<String, Object> config = new java.util.HashMap<>(adminConfig);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        this.admin = AdminClient.create(config);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
        int brokers = cluster.nodes().get(3, TimeUnit.SECONDS).size();
        builder.up().withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS)).withDetail("brokers", brokers);
    }

    @Override
    public void destroy() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
