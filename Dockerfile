# syntax=docker/dockerfile:1
#
# One image per service module, chosen at build time:
#
#   docker build --build-arg SERVICE=merger-service -t twotier/merger-service .
#
# (docker-compose.yml builds all three this way.) The build stage runs the Maven wrapper for that module and the
# modules it depends on; the runtime stage is a JRE with curl (for the compose healthchecks), run as a non-root user.

# --- build -------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build

ARG SERVICE
WORKDIR /workspace

# The whole reactor: Maven reads every module's pom even when it builds one service (-pl ... -am).
COPY . .

# The local repository and the wrapper's Maven download live in a BuildKit cache, so rebuilds reuse them.
RUN --mount=type=cache,target=/root/.m2 \
    set -eu; \
    if [ -z "${SERVICE:-}" ] || [ ! -f "${SERVICE}/pom.xml" ]; then \
      echo "Build with --build-arg SERVICE=<module>, one of: merger-service, staffing-service, notification-service" >&2; \
      exit 1; \
    fi; \
    chmod +x mvnw; \
    ./mvnw --batch-mode --no-transfer-progress -pl "${SERVICE}" -am package -DskipTests; \
    mkdir -p /out; \
    cp "${SERVICE}/target/${SERVICE}"-*-exec.jar /out/app.jar

# --- runtime -----------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre AS runtime

ARG SERVICE
LABEL org.opencontainers.image.title="twotier-${SERVICE}" \
      org.opencontainers.image.description="TwoTier ${SERVICE}" \
      org.opencontainers.image.vendor="vn.twotier"

# curl answers the compose healthchecks (/actuator/health/readiness); the base image ships it today, and this keeps
# it there if it stops doing so.
RUN set -eux; \
    if ! command -v curl >/dev/null 2>&1; then \
      apt-get update; \
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl; \
      rm -rf /var/lib/apt/lists/*; \
    fi; \
    groupadd --system --gid 10001 twotier; \
    useradd --system --uid 10001 --gid twotier --home-dir /app --no-create-home --shell /usr/sbin/nologin twotier; \
    mkdir -p /app; \
    chown twotier:twotier /app

WORKDIR /app
COPY --from=build /out/app.jar /app/app.jar

USER 10001:10001

# The port is the service's SERVER_PORT (8081 merger, 8082 staffing, 8083 notification); see docker-compose.yml.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
