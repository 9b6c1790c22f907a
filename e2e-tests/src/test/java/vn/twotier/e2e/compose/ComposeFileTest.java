package vn.twotier.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@code docker-compose.yml}, the {@code Dockerfile} and {@code deploy/} against the code they describe. No
 * Docker engine is needed: the files are parsed and checked against the services' own {@code <service>.yml}, the
 * topic constants in common-events ({@code vn.twotier.events.Topics}, read by reflection) and each other.
 *
 * <p>The repository root is the system property {@code twotier.repo.root} when set, else the nearest directory, from
 * the working directory upwards, that holds {@code e2e-tests/pom.xml} (under Maven the working directory is the
 * e2e-tests module, so that is its parent).
 */
@DisplayName("docker-compose.yml, Dockerfile and deploy/ match the services")
class ComposeFileTest {

    static final List<String> SERVICES = List.of("merger-service", "staffing-service", "notification-service");

    private static final String KAFKA = "kafka";
    private static final String KAFKA_INIT = "kafka-init";
    private static final String MONGO = "mongo";
    private static final String TOPIC_SCRIPT = "deploy/kafka/create-topics.sh";
    private static final String PROMETHEUS_CONFIG = "deploy/prometheus/prometheus.yml";
    private static final String GRAFANA_DATASOURCES = "deploy/grafana/provisioning/datasources";
    private static final String GRAFANA_DASHBOARD_PROVIDERS = "deploy/grafana/provisioning/dashboards";
    private static final String GRAFANA_DASHBOARDS = "deploy/grafana/dashboards";
    private static final String PROMETHEUS_ENDPOINT = "/actuator/prometheus";

    /** Environment variables every service must get from compose, each a placeholder in its yml. */
    private static final List<String> REQUIRED_SERVICE_VARIABLES = List.of("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");

    /**
     * Prefixes Spring Boot binds from the environment on its own (relaxed binding, e.g. SPRING_MAIL_HOST ->
     * spring.mail.host) and variables the JVM reads; any other variable must appear as a placeholder in the yml.
     */
    private static final List<String> SELF_BINDING_PREFIXES = List.of("SPRING_", "SERVER_", "MANAGEMENT_", "LOGGING_",
            "SPRINGDOC_", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ");

    /** Metric names the services export (see the conventions in the infrastructure brief). */
    private static final Set<String> SERVICE_METRICS = Set.of(
            "spring_kafka_listener_seconds_count", "spring_kafka_listener_seconds_sum",
            "spring_kafka_listener_seconds_bucket", "spring_kafka_listener_seconds_max",
            "kafka_consumer_fetch_manager_records_lag_max",
            "twotier_outbox_pending_events",
            "twotier_dlt_records_total",
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_bucket", "http_server_requests_seconds_max");
    private static final List<String> SERVICE_METRIC_PREFIXES = List.of("jvm_");

    /** Metrics of danielqsj/kafka-exporter (the broker-side consumer-lag view), scraped by its own job. */
    private static final Set<String> EXPORTER_METRICS = Set.of(
            "kafka_brokers", "kafka_broker_info", "kafka_topic_partitions",
            "kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset",
            "kafka_topic_partition_leader", "kafka_topic_partition_replicas",
            "kafka_topic_partition_in_sync_replica", "kafka_topic_partition_leader_is_preferred",
            "kafka_topic_partition_under_replicated_partition",
            "kafka_consumergroup_current_offset", "kafka_consumergroup_current_offset_sum",
            "kafka_consumergroup_lag", "kafka_consumergroup_lag_sum", "kafka_consumergroup_members");

    private static final Set<String> PROMQL_KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by",
            "without", "on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2");

    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("^\\$\\{([A-Za-z0-9_.\\-]+):(.*)}$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'`]+");
    private static final Pattern CREATE_TOPIC_CALL = Pattern
            .compile("^\\s*create_topic\\s+(\\S+)\\s+(\\S+)\\s*(?:#.*)?$");

    static Path root;
    static Map<String, Object> compose;
    static Map<String, Object> services;

    @BeforeAll
    static void loadCompose() {
        root = repoRoot();
        Path composeFile = root.resolve("docker-compose.yml");
        assertThat(composeFile).as("docker-compose.yml at the repository root %s", root).isRegularFile();
        compose = map(loadYaml(composeFile), "docker-compose.yml");
        services = map(compose.get("services"), "docker-compose.yml: services");
    }

    // --- the three services ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merger-service", "staffing-service", "notification-service"})
    @DisplayName("is built from the Dockerfile with SERVICE = its own module")
    void serviceIsBuiltFromTheDockerfile(String name) {
        Map<String, Object> service = service(name);
        Object build = service.get("build");
        assertThat(build).as("%s: `build:` (it is built from this repository, not pulled)", name).isNotNull();
        String context = build instanceof Map<?, ?> m ? string(m.get("context")) : string(build);
        assertThat(context).as("%s: build.context", name).isNotNull();
        Path contextDir = root.resolve(context).normalize();
        assertThat(contextDir).as("%s: build.context %s is the repository root", name, context)
                .isEqualTo(root.normalize());
        Map<String, Object> buildMap = build instanceof Map<?, ?> ? map(build, name + ".build") : Map.of();
        String dockerfile = Optional.ofNullable(string(buildMap.get("dockerfile"))).orElse("Dockerfile");
        assertThat(contextDir.resolve(dockerfile)).as("%s: build.dockerfile %s", name, dockerfile).isRegularFile();

        Map<String, String> args = keyValues(buildMap.get("args"), name + ".build.args");
        assertThat(args).as("%s: build.args must name the module to build", name).containsEntry("SERVICE", name);
        assertThat(root.resolve(name).resolve("pom.xml"))
                .as("%s: build arg SERVICE=%s must be a module directory with a pom.xml", name, name).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merger-service", "staffing-service", "notification-service"})
    @DisplayName("publishes the port its <service>.yml sets as default server.port")
    void servicePublishesItsConfiguredPort(String name) {
        int configuredPort = configuredPort(name);
        int containerPort = containerPort(name);
        assertThat(containerPort)
                .as("%s: the port it listens on in the container (SERVER_PORT in compose, else the yml default)", name)
                .isEqualTo(configuredPort);
        List<PortMapping> ports = ports(name);
        assertThat(ports).as("%s: ports", name)
                .anyMatch(p -> p.target() == containerPort && Integer.valueOf(configuredPort).equals(p.published()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merger-service", "staffing-service", "notification-service"})
    @DisplayName("gets the broker and its database from environment variables its yml reads")
    void serviceEnvironmentMatchesItsConfig(String name) {
        Map<String, String> env = environment(name);
        String yml = serviceConfigText(name);
        for (String variable : REQUIRED_SERVICE_VARIABLES) {
            assertThat(env).as("%s: environment must set %s", name, variable).containsKey(variable);
        }
        for (String variable : env.keySet()) {
            if (SELF_BINDING_PREFIXES.stream().noneMatch(variable::startsWith)
                    || REQUIRED_SERVICE_VARIABLES.contains(variable)) {
                assertThat(yml).as("%s: compose sets %s, so %s must read it as a ${%s...} placeholder", name, variable,
                        serviceConfigPath(name), variable).contains("${" + variable);
            }
        }
        if (env.containsKey("SERVER_PORT")) {
            assertThat(yml).as("%s: compose sets SERVER_PORT; %s must read it", name, serviceConfigPath(name))
                    .contains("${SERVER_PORT");
        }

        // The broker address is one the broker advertises to containers.
        for (String server : env.get("KAFKA_BOOTSTRAP_SERVERS").split(",")) {
            assertThat(advertisedListeners()).as("%s: KAFKA_BOOTSTRAP_SERVERS entry %s must be a listener kafka "
                    + "advertises (KAFKA_ADVERTISED_LISTENERS)", name, server).contains(server.trim());
        }

        // The Mongo URI: the compose mongo service, its replica set, and the database the yml names by default.
        URI uri = URI.create(env.get("MONGODB_URI"));
        assertThat(uri.getScheme()).as("%s: MONGODB_URI scheme", name).isEqualTo("mongodb");
        assertThat(services).as("%s: MONGODB_URI host %s must be a compose service", name, uri.getHost())
                .containsKey(uri.getHost());
        assertThat(query(uri)).as("%s: MONGODB_URI must name the replica set (transactions need one)", name)
                .containsEntry("replicaSet", mongoReplicaSetName());
        String configuredUri = placeholderDefault(configValue(name, "spring.mongodb.uri"));
        String configuredDatabase = URI.create(configuredUri).getPath();
        assertThat(uri.getPath()).as("%s: MONGODB_URI database must be the one %s names by default (%s)", name,
                serviceConfigPath(name), configuredUri).isEqualTo(configuredDatabase);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merger-service", "staffing-service", "notification-service"})
    @DisplayName("has a healthcheck on /actuator/health at its own port")
    void serviceHealthcheckHitsActuatorHealth(String name) {
        String test = healthcheckCommand(name);
        Matcher url = URL.matcher(test);
        assertThat(url.find()).as("%s: healthcheck test must call an http URL, was: %s", name, test).isTrue();
        URI uri = URI.create(url.group());
        assertThat(uri.getPath()).as("%s: healthcheck path", name).startsWith("/actuator/health");
        assertThat(uri.getPort()).as("%s: healthcheck port must be the port the service listens on", name)
                .isEqualTo(containerPort(name));
        assertThat(test).as("%s: healthcheck must fail on an HTTP error status (curl --fail / -f)", name)
                .containsAnyOf("--fail", " -f", "-fs", "-fsS", "-sf");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"merger-service", "staffing-service", "notification-service"})
    @DisplayName("starts after a healthy broker and store and the created topics")
    void serviceWaitsForItsDependencies(String name) {
        Map<String, String> dependsOn = dependsOn(name);
        assertThat(dependsOn).as("%s: depends_on (with conditions)", name)
                .containsEntry(KAFKA, "service_healthy")
                .containsEntry(MONGO, "service_healthy")
                .containsEntry(KAFKA_INIT, "service_completed_successfully");
    }

    @Test
    @DisplayName("notification-service sends e-mail to the compose SMTP server")
    void notificationServiceUsesMailpit() {
        Map<String, String> env = environment("notification-service");
        String host = env.get("SPRING_MAIL_HOST");
        assertThat(host).as("notification-service: SPRING_MAIL_HOST").isNotBlank();
        assertThat(services).as("SPRING_MAIL_HOST=%s must be a compose service", host).containsKey(host);
        assertThat(string(service(host).get("image"))).as("%s: image", host).startsWith("axllent/mailpit");
        assertThat(env.get("SPRING_MAIL_PORT")).as("notification-service: SPRING_MAIL_PORT (mailpit's SMTP port)")
                .isEqualTo("1025");
        assertThat(dependsOn("notification-service")).as("notification-service: depends_on").containsKey(host);
    }

    // --- files, broker, topics, store -------------------------------------------------------------------------------

    @Test
    @DisplayName("every file or directory mounted from the repository exists")
    void everyBindMountExists() {
        List<String> missing = new ArrayList<>();
        int mounts = 0;
        for (String name : services.keySet()) {
            for (Mount mount : mounts(name)) {
                if (mount.isRepoPath()) {
                    mounts++;
                    if (!Files.exists(root.resolve(mount.source()).normalize())) {
                        missing.add(name + ": " + mount.source() + " -> " + mount.target());
                    }
                }
            }
        }
        assertThat(mounts).as("bind mounts from the repository (deploy/...)").isPositive();
        assertThat(missing).as("bind-mounted paths missing from the repository %s", root).isEmpty();
    }

    @Test
    @DisplayName("kafka runs in KRaft mode and never auto-creates topics")
    void kafkaRunsKRaftWithoutAutoCreation() {
        Map<String, Object> kafka = service(KAFKA);
        assertThat(string(kafka.get("image"))).as("kafka: image").startsWith("apache/kafka:");
        Map<String, String> env = environment(KAFKA);
        assertThat(env.get("KAFKA_PROCESS_ROLES")).as("kafka: KAFKA_PROCESS_ROLES (KRaft, single node)")
                .contains("broker").contains("controller");
        assertThat(env).as("kafka: KRaft settings")
                .containsKeys("KAFKA_NODE_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_CONTROLLER_LISTENER_NAMES",
                        "CLUSTER_ID")
                .doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).as("kafka: KAFKA_AUTO_CREATE_TOPICS_ENABLE")
                .isEqualTo("false");
        assertThat(healthcheckCommand(KAFKA)).as("kafka: healthcheck").contains("/opt/kafka/bin/");
    }

    @Test
    @DisplayName("every client of the broker uses a listener kafka advertises")
    void brokerClientsUseAdvertisedListeners() {
        Set<String> advertised = advertisedListeners();
        assertThat(environment(KAFKA_INIT).get("BOOTSTRAP_SERVER")).as("kafka-init: BOOTSTRAP_SERVER")
                .isIn(advertised);
        assertThat(environment("kafka-ui").get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .as("kafka-ui: KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS").isIn(advertised);
        List<String> exporterServers = commandArgs("kafka-exporter").stream()
                .filter(a -> a.startsWith("--kafka.server=")).map(a -> a.substring("--kafka.server=".length()))
                .toList();
        assertThat(exporterServers).as("kafka-exporter: --kafka.server").isNotEmpty().allMatch(advertised::contains);
    }

    @Test
    @DisplayName("kafka-init runs the topic script once, after a healthy broker")
    void kafkaInitRunsTheTopicScript() {
        Map<String, Object> init = service(KAFKA_INIT);
        Mount script = mounts(KAFKA_INIT).stream()
                .filter(m -> m.isRepoPath() && root.resolve(m.source()).normalize().equals(root.resolve(TOPIC_SCRIPT)))
                .findFirst().orElseThrow(() -> new AssertionError("kafka-init must mount ./" + TOPIC_SCRIPT));
        String invocation = String.join(" ", commandLine(init.get("entrypoint")))
                + " " + String.join(" ", commandLine(init.get("command")));
        assertThat(invocation).as("kafka-init: entrypoint/command must run the mounted script").contains(script.target());
        assertThat(dependsOn(KAFKA_INIT)).as("kafka-init: depends_on").containsEntry(KAFKA, "service_healthy");
        Object restart = init.get("restart");
        assertThat(restart == null || "no".equals(String.valueOf(restart)))
                .as("kafka-init is one-shot: restart must be \"no\" (was %s)", restart).isTrue();
    }

    @Test
    @DisplayName("the topic script creates every topic of Topics.ALL and its .DLT with Topics.PARTITIONS partitions")
    void topicScriptCreatesEveryTopicAndDeadLetterTwin() {
        Path scriptFile = root.resolve(TOPIC_SCRIPT);
        assertThat(scriptFile).as(TOPIC_SCRIPT).isRegularFile();
        String script = read(scriptFile);
        assertThat(script).as(TOPIC_SCRIPT + ": idempotent topic creation")
                .contains("kafka-topics.sh").contains("--create").contains("--if-not-exists").contains("--partitions");

        Map<String, String> created = new TreeMap<>();
        for (String line : script.split("\\R")) {
            Matcher m = CREATE_TOPIC_CALL.matcher(line);
            if (m.matches()) {
                assertThat(created.put(m.group(1), m.group(2))).as(TOPIC_SCRIPT + ": %s created twice", m.group(1))
                        .isNull();
            }
        }
        Class<?> topics = topicsClass();
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) staticField(topics, "ALL");
        int partitions = ((Number) staticField(topics, "PARTITIONS")).intValue();
        String dltSuffix = String.valueOf(staticField(topics, "DLT_SUFFIX"));
        assertThat(all).as("Topics.ALL").isNotEmpty();
        assertThat(partitions).as("Topics.PARTITIONS").isEqualTo(6);

        Map<String, String> expected = new TreeMap<>();
        for (String topic : all) {
            expected.put(topic, String.valueOf(partitions));
            expected.put(topic + dltSuffix, String.valueOf(partitions));
        }
        assertThat(created).as(TOPIC_SCRIPT + ": `create_topic <name> <partitions>` lines must be exactly every topic "
                + "in vn.twotier.events.Topics.ALL and its %s twin, each with %d partitions", dltSuffix, partitions)
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("mongo runs as a replica set that its healthcheck initiates")
    void mongoRunsAsInitiatedReplicaSet() {
        String replicaSet = mongoReplicaSetName();
        String health = healthcheckCommand(MONGO);
        assertThat(health).as("mongo: healthcheck must initiate the replica set").contains("rs.initiate")
                .contains("'" + replicaSet + "'");
        // The member's host is what drivers reconnect to after discovery: it must be what the services use.
        for (String name : SERVICES) {
            URI uri = URI.create(environment(name).get("MONGODB_URI"));
            String hostPort = uri.getHost() + ":" + (uri.getPort() < 0 ? 27017 : uri.getPort());
            assertThat(health).as("mongo: replica-set member host must be %s (from %s's MONGODB_URI)", hostPort, name)
                    .contains(hostPort);
        }
        assertThat(string(service(MONGO).get("image"))).as("mongo: image").startsWith("mongo:8");
    }

    // --- Dockerfile -------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("the Dockerfile builds the module named by ARG SERVICE and runs it as a non-root user")
    void dockerfileBuildsOneServiceAndRunsUnprivileged() {
        String dockerfile = read(root.resolve("Dockerfile"));
        List<String> stages = dockerfile.lines().map(String::trim).filter(l -> l.toUpperCase().startsWith("FROM "))
                .toList();
        assertThat(stages).as("Dockerfile stages").hasSize(2);
        assertThat(stages.get(0)).as("Dockerfile build stage").contains("eclipse-temurin:17-jdk");
        assertThat(stages.get(1)).as("Dockerfile runtime stage").contains("eclipse-temurin:17-jre");
        assertThat(dockerfile).as("Dockerfile: the module to build comes from ARG SERVICE").contains("ARG SERVICE");
        assertThat(dockerfile).as("Dockerfile: builds that module and what it needs with the wrapper (./mvnw -pl "
                + "${SERVICE} -am)").contains("./mvnw").containsPattern("-pl\\s+\"?\\$\\{?SERVICE\\}?\"?\\s+-am\\b");
        assertThat(dockerfile).as("Dockerfile: runs the Spring Boot executable jar (classifier exec)")
                .contains("-exec.jar").containsPattern("(?m)^ENTRYPOINT .*\"-jar\"");
        assertThat(dockerfile).as("Dockerfile: the runtime stage has curl for the compose healthchecks")
                .contains("curl");
        assertThat(dockerfile).as("Dockerfile: the runtime stage switches to a non-root USER")
                .containsPattern("(?m)^USER\\s+(?!root\\b|0\\b|0:)\\S+")
                .doesNotContainPattern("(?m)^USER\\s+(root|0)\\b");
        Path dockerignore = root.resolve(".dockerignore");
        if (Files.exists(dockerignore)) {
            Set<String> ignored = read(dockerignore).lines().map(String::trim)
                    .map(l -> l.replaceAll("^/|/$", "")).collect(Collectors.toSet());
            assertThat(ignored).as(".dockerignore must keep what the build needs")
                    .doesNotContain("mvnw", ".mvn", "pom.xml", "*", "**/src", "src");
        }
    }

    // --- Prometheus and Grafana -------------------------------------------------------------------------------------

    @Test
    @DisplayName("Prometheus scrapes every service's /actuator/prometheus and the lag exporter")
    void prometheusScrapesEveryService() {
        assertThat(mounts("prometheus")).as("prometheus: mounts ./" + PROMETHEUS_CONFIG)
                .anyMatch(m -> m.isRepoPath() && root.resolve(m.source()).normalize().equals(root.resolve(PROMETHEUS_CONFIG))
                        && m.target().equals(prometheusConfigPathInContainer()));
        Map<String, Object> config = map(loadYaml(root.resolve(PROMETHEUS_CONFIG)), PROMETHEUS_CONFIG);
        Map<String, String> pathByTarget = new LinkedHashMap<>();
        for (Object job : list(config.get("scrape_configs"), PROMETHEUS_CONFIG + ": scrape_configs")) {
            Map<String, Object> jobMap = map(job, PROMETHEUS_CONFIG + ": scrape config");
            String path = Optional.ofNullable(string(jobMap.get("metrics_path"))).orElse("/metrics");
            for (Object staticConfig : list(jobMap.getOrDefault("static_configs", List.of()), "static_configs")) {
                for (Object target : list(map(staticConfig, "static_config").get("targets"), "targets")) {
                    pathByTarget.put(String.valueOf(target), path);
                }
            }
        }
        for (String name : SERVICES) {
            String target = name + ":" + containerPort(name);
            assertThat(pathByTarget).as(PROMETHEUS_CONFIG + ": a scrape target %s with metrics_path %s", target,
                    PROMETHEUS_ENDPOINT).containsEntry(target, PROMETHEUS_ENDPOINT);
        }
        String exporterTarget = "kafka-exporter:" + exporterPort();
        assertThat(pathByTarget).as(PROMETHEUS_CONFIG + ": the lag exporter %s", exporterTarget)
                .containsKey(exporterTarget);
        for (String target : pathByTarget.keySet()) {
            String host = target.substring(0, target.lastIndexOf(':'));
            assertThat(host.equals("localhost") || services.containsKey(host))
                    .as(PROMETHEUS_CONFIG + ": scrape target %s is not a compose service", target).isTrue();
        }
    }

    @Test
    @DisplayName("Grafana provisions the Prometheus datasource and the dashboard directory it mounts")
    void grafanaProvisionsDatasourceAndDashboards() {
        List<Mount> mounts = mounts("grafana");
        Map<String, Object> datasource = datasource();
        assertThat(string(datasource.get("url"))).as("Grafana datasource url").isEqualTo("http://prometheus:9090");
        assertThat(services).as("compose service behind the datasource url").containsKey("prometheus");

        List<Path> providerFiles = yamlFiles(root.resolve(GRAFANA_DASHBOARD_PROVIDERS));
        assertThat(providerFiles).as(GRAFANA_DASHBOARD_PROVIDERS + ": dashboard provider files").isNotEmpty();
        for (Path providerFile : providerFiles) {
            Map<String, Object> providers = map(loadYaml(providerFile), providerFile.toString());
            for (Object provider : list(providers.get("providers"), providerFile + ": providers")) {
                String containerPath = string(map(map(provider, "provider").get("options"), "provider options")
                        .get("path"));
                Path hostDir = hostPathOf(mounts, containerPath)
                        .orElseThrow(() -> new AssertionError("grafana: dashboard provider path " + containerPath
                                + " (" + root.relativize(providerFile) + ") is not mounted from the repository"));
                assertThat(hostDir).as("grafana: %s is mounted from %s, which must be %s", containerPath, hostDir,
                        GRAFANA_DASHBOARDS).isEqualTo(root.resolve(GRAFANA_DASHBOARDS));
            }
        }
        assertThat(hostPathOf(mounts, "/etc/grafana/provisioning/datasources"))
                .as("grafana: /etc/grafana/provisioning/datasources must be mounted from " + GRAFANA_DATASOURCES)
                .contains(root.resolve(GRAFANA_DATASOURCES));
        assertThat(hostPathOf(mounts, "/etc/grafana/provisioning/dashboards"))
                .as("grafana: /etc/grafana/provisioning/dashboards must be mounted from " + GRAFANA_DASHBOARD_PROVIDERS)
                .contains(root.resolve(GRAFANA_DASHBOARD_PROVIDERS));
    }

    @Test
    @DisplayName("the Grafana dashboards parse and use only metrics the stack exports")
    void dashboardsUseOnlyKnownMetrics() {
        List<Path> dashboards = dashboardFiles();
        String datasourceUid = string(datasource().get("uid"));
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Path file : dashboards) {
            Map<String, Object> dashboard = parseJson(file);
            assertThat(string(dashboard.get("uid"))).as("%s: uid", file.getFileName()).isNotBlank();
            List<Map<String, Object>> panels = panels(dashboard);
            assertThat(panels).as("%s: panels with queries", file.getFileName()).isNotEmpty();
            for (Map<String, Object> panel : panels) {
                String where = file.getFileName() + " / panel \"" + panel.get("title") + "\"";
                for (Object target : list(panel.get("targets"), where + ": targets")) {
                    Map<String, Object> targetMap = map(target, where + ": target");
                    String expr = string(targetMap.get("expr"));
                    assertThat(expr).as("%s: target %s has no expr", where, targetMap.get("refId")).isNotBlank();
                    for (String metric : metricNames(expr)) {
                        if (!isKnownMetric(metric)) {
                            unknown.computeIfAbsent(where, k -> new TreeSet<>()).add(metric);
                        }
                    }
                    assertDatasource(where, targetMap.get("datasource"), datasourceUid);
                }
                assertDatasource(where, panel.get("datasource"), datasourceUid);
            }
            for (String query : templatingQueries(dashboard)) {
                for (String metric : templatingMetricNames(query)) {
                    if (!isKnownMetric(metric)) {
                        unknown.computeIfAbsent(file.getFileName() + " / variable query " + query,
                                k -> new TreeSet<>()).add(metric);
                    }
                }
            }
        }
        assertThat(unknown).as("metric names in dashboard queries that neither the services (%s, jvm_*) nor "
                + "kafka-exporter export", SERVICE_METRICS).isEmpty();
    }

    @Test
    @DisplayName("the dashboards cover lag, listener timings, outbox backlog, dead letters and HTTP errors")
    void dashboardsCoverTheRequiredPanels() {
        List<String> exprs = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            for (Map<String, Object> panel : panels(parseJson(file))) {
                for (Object target : list(panel.get("targets"), "targets")) {
                    exprs.add(string(map(target, "target").get("expr")));
                }
            }
        }
        assertThat(exprs).as("a consumer-lag query per group and topic")
                .anyMatch(e -> e.contains("kafka_consumergroup_lag") && e.contains("consumergroup")
                        && e.contains("topic"));
        assertThat(exprs).as("listener p95").anyMatch(e -> e.contains("histogram_quantile(0.95")
                && e.contains("spring_kafka_listener_seconds_bucket"));
        assertThat(exprs).as("listener p99").anyMatch(e -> e.contains("histogram_quantile(0.99")
                && e.contains("spring_kafka_listener_seconds_bucket"));
        assertThat(exprs).as("listener rate")
                .anyMatch(e -> e.contains("rate(spring_kafka_listener_seconds_count"));
        assertThat(exprs).as("outbox backlog per service")
                .anyMatch(e -> e.contains("twotier_outbox_pending_events") && e.contains("application"));
        assertThat(exprs).as("dead-lettered records per topic")
                .anyMatch(e -> e.contains("twotier_dlt_records_total") && e.contains("topic"));
        assertThat(exprs).as("HTTP error rate").anyMatch(e -> e.contains("http_server_requests_seconds_count")
                && e.contains("status=~\"5"));
    }

    // --- helpers: compose -------------------------------------------------------------------------------------------

    static Map<String, Object> service(String name) {
        assertThat(services).as("docker-compose.yml: service %s", name).containsKey(name);
        return map(services.get(name), "service " + name);
    }

    static Map<String, String> environment(String name) {
        return keyValues(service(name).get("environment"), name + ".environment");
    }

    /** {@code environment}/{@code args} as a map ({@code KEY: value}) or a list ({@code KEY=value}). */
    static Map<String, String> keyValues(Object value, String what) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (value instanceof List<?> l) {
            for (Object entry : l) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        } else {
            fail("%s: expected a map or a list, was %s", what, value);
        }
        return result;
    }

    /** depends_on as service -> condition; the short (list) form means service_started. */
    static Map<String, String> dependsOn(String name) {
        Object value = service(name).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof List<?> l) {
            l.forEach(s -> result.put(String.valueOf(s), "service_started"));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v instanceof Map<?, ?> c && c.get("condition") != null
                    ? String.valueOf(c.get("condition")) : "service_started"));
        }
        return result;
    }

    record PortMapping(Integer published, int target) {
    }

    static List<PortMapping> ports(String name) {
        List<PortMapping> result = new ArrayList<>();
        for (Object port : list(service(name).getOrDefault("ports", List.of()), name + ".ports")) {
            if (port instanceof Map<?, ?> m) {
                Object published = m.get("published");
                result.add(new PortMapping(published == null ? null : Integer.valueOf(String.valueOf(published)),
                        Integer.parseInt(String.valueOf(m.get("target")))));
            } else {
                String spec = String.valueOf(port).replaceFirst("/(tcp|udp)$", "");
                String[] parts = spec.split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                Integer published = parts.length >= 2 && !parts[parts.length - 2].isEmpty()
                        ? Integer.valueOf(parts[parts.length - 2]) : null;
                result.add(new PortMapping(published, target));
            }
        }
        return result;
    }

    record Mount(String source, String target) {
        boolean isRepoPath() {
            return source != null && (source.equals(".") || source.startsWith("./") || source.startsWith("../"));
        }
    }

    static List<Mount> mounts(String name) {
        List<Mount> result = new ArrayList<>();
        for (Object volume : list(service(name).getOrDefault("volumes", List.of()), name + ".volumes")) {
            if (volume instanceof Map<?, ?> m) {
                result.add(new Mount(string(m.get("source")), string(m.get("target"))));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                result.add(parts.length == 1 ? new Mount(null, parts[0]) : new Mount(parts[0], parts[1]));
            }
        }
        return result;
    }

    /** The repository directory a container path comes from, through the service's bind mounts. */
    static Optional<Path> hostPathOf(List<Mount> mounts, String containerPath) {
        return mounts.stream().filter(Mount::isRepoPath)
                .filter(m -> containerPath.equals(m.target()) || containerPath.startsWith(m.target() + "/"))
                .max((a, b) -> Integer.compare(a.target().length(), b.target().length()))
                .map(m -> root.resolve(m.source()).resolve(containerPath.substring(m.target().length())
                        .replaceFirst("^/", "")).normalize());
    }

    static List<String> commandLine(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value).trim().split("\\s+"));
    }

    static List<String> commandArgs(String name) {
        return commandLine(service(name).get("command"));
    }

    static String healthcheckCommand(String name) {
        Object healthcheck = service(name).get("healthcheck");
        assertThat(healthcheck).as("%s: healthcheck", name).isNotNull();
        Object test = map(healthcheck, name + ".healthcheck").get("test");
        assertThat(test).as("%s: healthcheck.test", name).isNotNull();
        return String.join(" ", commandLine(test instanceof List<?> ? test : List.of(test)));
    }

    /** host:port pairs of KAFKA_ADVERTISED_LISTENERS. */
    static Set<String> advertisedListeners() {
        String listeners = environment(KAFKA).get("KAFKA_ADVERTISED_LISTENERS");
        assertThat(listeners).as("kafka: KAFKA_ADVERTISED_LISTENERS").isNotBlank();
        return Stream.of(listeners.split(",")).map(l -> l.trim().replaceFirst("^[A-Za-z0-9_]+://", ""))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String mongoReplicaSetName() {
        List<String> command = commandLine(service(MONGO).get("command"));
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).equals("--replSet") && i + 1 < command.size()) {
                return command.get(i + 1);
            }
            if (command.get(i).startsWith("--replSet=")) {
                return command.get(i).substring("--replSet=".length());
            }
        }
        return fail("mongo: command must start mongod with --replSet <name>, was %s", command);
    }

    static int exporterPort() {
        return commandArgs("kafka-exporter").stream().filter(a -> a.startsWith("--web.listen-address="))
                .map(a -> Integer.parseInt(a.substring(a.lastIndexOf(':') + 1))).findFirst().orElse(9308);
    }

    static String prometheusConfigPathInContainer() {
        return commandArgs("prometheus").stream().filter(a -> a.startsWith("--config.file="))
                .map(a -> a.substring("--config.file=".length())).findFirst().orElse("/etc/prometheus/prometheus.yml");
    }

    /** The port the service listens on inside its container: SERVER_PORT from compose, else its yml default. */
    static int containerPort(String name) {
        String fromEnv = environment(name).get("SERVER_PORT");
        return fromEnv != null ? Integer.parseInt(fromEnv) : configuredPort(name);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> result = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                int eq = pair.indexOf('=');
                result.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return result;
    }

    // --- helpers: the services' own config --------------------------------------------------------------------------

    static String serviceConfigPath(String name) {
        return name + "/src/main/resources/" + name + ".yml";
    }

    static String serviceConfigText(String name) {
        Path file = root.resolve(serviceConfigPath(name));
        assertThat(file).as("%s: its config %s (compose is checked against it)", name, serviceConfigPath(name))
                .isRegularFile();
        return read(file);
    }

    /** A property of the service's yml, from its first document without a profile condition. */
    static Object configValue(String name, String property) {
        String text = serviceConfigText(name);
        Yaml yaml = yaml();
        for (Object document : yaml.loadAll(text)) {
            if (document instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = (Map<String, Object>) m;
                if (lookup(doc, "spring.config.activate.on-profile") != null) {
                    continue;
                }
                Object value = lookup(doc, property);
                if (value != null) {
                    return value;
                }
            }
        }
        return fail("%s: %s does not set %s", name, serviceConfigPath(name), property);
    }

    /** Resolves a dotted property in nested maps, whichever way the yml splits the keys (a.b: or a: b:). */
    static Object lookup(Map<String, Object> map, String property) {
        if (map.containsKey(property)) {
            return map.get(property);
        }
        String[] parts = property.split("\\.");
        for (int i = 1; i < parts.length; i++) {
            String head = String.join(".", List.of(parts).subList(0, i));
            if (map.get(head) instanceof Map<?, ?> child) {
                @SuppressWarnings("unchecked")
                Object found = lookup((Map<String, Object>) child, String.join(".", List.of(parts).subList(i, parts.length)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The default of a {@code ${VAR:default}} value, or the value itself. */
    static String placeholderDefault(Object value) {
        String s = String.valueOf(value).trim();
        Matcher m = PLACEHOLDER_DEFAULT.matcher(s);
        return m.matches() ? m.group(2) : s;
    }

    static int configuredPort(String name) {
        String port = placeholderDefault(configValue(name, "server.port"));
        assertThat(port).as("%s: default server.port in %s", name, serviceConfigPath(name)).matches("\\d+");
        return Integer.parseInt(port);
    }

    // --- helpers: Grafana -------------------------------------------------------------------------------------------

    static Map<String, Object> datasource() {
        List<Path> files = yamlFiles(root.resolve(GRAFANA_DATASOURCES));
        assertThat(files).as(GRAFANA_DATASOURCES + ": datasource files").isNotEmpty();
        List<Map<String, Object>> prometheus = new ArrayList<>();
        for (Path file : files) {
            for (Object ds : list(map(loadYaml(file), file.toString()).get("datasources"), file + ": datasources")) {
                Map<String, Object> dsMap = map(ds, "datasource");
                if ("prometheus".equals(dsMap.get("type"))) {
                    prometheus.add(dsMap);
                }
            }
        }
        assertThat(prometheus).as(GRAFANA_DATASOURCES + ": one Prometheus datasource").hasSize(1);
        assertThat(string(prometheus.get(0).get("uid"))).as("Prometheus datasource uid").isNotBlank();
        return prometheus.get(0);
    }

    static List<Path> dashboardFiles() {
        Path dir = root.resolve(GRAFANA_DASHBOARDS);
        assertThat(dir).as(GRAFANA_DASHBOARDS).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(json).as(GRAFANA_DASHBOARDS + ": dashboard JSON files").isNotEmpty();
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> parseJson(Path file) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = JsonMapper.builder().build().readValue(read(file), Map.class);
            return parsed;
        } catch (RuntimeException e) {
            return fail("%s is not valid JSON: %s", root.relativize(file), e.getMessage());
        }
    }

    /** Panels that hold queries, including those nested in rows. */
    static List<Map<String, Object>> panels(Map<String, Object> dashboard) {
        List<Map<String, Object>> result = new ArrayList<>();
        collectPanels(dashboard.get("panels"), result);
        return result;
    }

    private static void collectPanels(Object panels, List<Map<String, Object>> into) {
        if (panels instanceof List<?> l) {
            for (Object panel : l) {
                Map<String, Object> p = map(panel, "panel");
                if (p.get("targets") instanceof List<?> targets && !targets.isEmpty()) {
                    into.add(p);
                }
                collectPanels(p.get("panels"), into);
            }
        }
    }

    static List<String> templatingQueries(Map<String, Object> dashboard) {
        List<String> result = new ArrayList<>();
        if (dashboard.get("templating") instanceof Map<?, ?> templating && templating.get("list") instanceof List<?> l) {
            for (Object variable : l) {
                Map<String, Object> v = map(variable, "templating variable");
                if (!"query".equals(v.get("type"))) {
                    continue;
                }
                Object query = v.get("query");
                if (query instanceof Map<?, ?> q) {
                    query = q.get("query");
                }
                if (query != null && !String.valueOf(query).isBlank()) {
                    result.add(String.valueOf(query));
                }
            }
        }
        return result;
    }

    private static void assertDatasource(String where, Object datasource, String uid) {
        if (datasource instanceof Map<?, ?> ds && ds.get("uid") != null) {
            String actual = String.valueOf(ds.get("uid"));
            assertThat(actual.equals(uid) || actual.startsWith("$") || actual.startsWith("-- "))
                    .as("%s: datasource uid %s must be the provisioned Prometheus datasource %s", where, actual, uid)
                    .isTrue();
        }
    }

    static boolean isKnownMetric(String metric) {
        return SERVICE_METRICS.contains(metric) || EXPORTER_METRICS.contains(metric)
                || SERVICE_METRIC_PREFIXES.stream().anyMatch(metric::startsWith);
    }

    /**
     * Metric names in a PromQL expression: identifiers left once strings, label matchers, ranges and grouping
     * clauses are removed, that are neither functions (followed by a parenthesis) nor keywords.
     */
    static Set<String> metricNames(String expr) {
        String s = expr
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''")
                .replaceAll("`[^`]*`", "``")
                .replaceAll("\\{[^\\}]*\\}", " ")
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.$])[A-Za-z_:][A-Za-z0-9_:]*(?!\\s*\\()").matcher(s);
        while (m.find()) {
            // A name cut short by the lookahead (func|tion( ) is a prefix of a function name: skip it.
            int end = m.end();
            if (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                continue;
            }
            String name = m.group();
            if (!PROMQL_KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The metric named in a variable query: label_values(metric, label), metrics(...), query_result(expr). */
    static Set<String> templatingMetricNames(String query) {
        Matcher labelValues = Pattern.compile("^\\s*label_values\\s*\\((.*)\\)\\s*$").matcher(query);
        if (labelValues.matches()) {
            String args = labelValues.group(1);
            // label_values(label) has no metric; label_values(metric{...}, label) has one.
            int comma = args.lastIndexOf(',');
            return comma < 0 ? Set.of() : metricNames(args.substring(0, comma));
        }
        Matcher queryResult = Pattern.compile("^\\s*query_result\\s*\\((.*)\\)\\s*$").matcher(query);
        if (queryResult.matches()) {
            return metricNames(queryResult.group(1));
        }
        if (query.trim().matches("^(label_names|metrics)\\s*\\(.*")) {
            return Set.of();
        }
        return metricNames(query);
    }

    // --- helpers: common-events -------------------------------------------------------------------------------------

    static Class<?> topicsClass() {
        try {
            return Class.forName("vn.twotier.events.Topics");
        } catch (ClassNotFoundException e) {
            return fail("vn.twotier.events.Topics (common-events) is not on the test classpath");
        }
    }

    static Object staticField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            assertThat(Modifier.isStatic(field.getModifiers())).as("%s.%s is static", type.getSimpleName(), name)
                    .isTrue();
            return field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return fail("%s has no public static field %s", type.getName(), name);
        }
    }

    // --- helpers: files and YAML ------------------------------------------------------------------------------------

    static Path repoRoot() {
        String property = System.getProperty("twotier.repo.root");
        if (property != null && !property.isBlank()) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("e2e-tests/pom.xml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.normalize();
            }
        }
        return fail("repository root not found from %s: set -Dtwotier.repo.root", Paths.get("").toAbsolutePath());
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    static Object loadYaml(Path file) {
        assertThat(file).as("%s", root.relativize(file)).isRegularFile();
        try {
            return yaml().load(read(file));
        } catch (RuntimeException e) {
            return fail("%s is not valid YAML: %s", root.relativize(file), e.getMessage());
        }
    }

    static List<Path> yamlFiles(Path dir) {
        assertThat(dir).as("%s", root.relativize(dir)).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s must be a mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    static List<?> list(Object value, String what) {
        assertThat(value).as("%s must be a list", what).isInstanceOf(List.class);
        return (List<?>) value;
    }

    static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
