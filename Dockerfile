# syntax=docker/dockerfile:1
#
# One image per runnable module. Build with:
#   docker build --build-arg MODULE=command-side -t tandem-command-side .
#   docker build --build-arg MODULE=query-side   -t tandem-query-side .
#   docker build --build-arg MODULE=standalone   -t tandem-standalone .
# docker-compose.yml builds command-side and query-side this way.

# ---- Stage 1: build the module and the modules it depends on ----------------------------------------
FROM eclipse-temurin:25-jdk AS build
ARG MODULE=command-side
WORKDIR /src

# The whole repository: the module needs its siblings (-am) and the Maven wrapper (.mvn/).
# .dockerignore keeps build output, local data and IDE files out.
COPY . .

# The cache mount keeps the local Maven repository (and the wrapper's Maven download) between builds;
# "locked" because compose builds both sides at once and Maven's local repository is not safe for two
# concurrent writers.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    chmod +x mvnw \
 && ./mvnw -B -q -DskipTests package -pl "${MODULE}" -am

# command-side and query-side keep their plain jar as a library for standalone and put the runnable
# one under the classifier "exec"; standalone's runnable jar has no classifier. Copy whichever applies
# to a fixed name, and refuse a jar that is not a Spring Boot executable jar.
RUN set -eu; \
    jar="$(ls "${MODULE}"/target/"${MODULE}"-*-exec.jar 2>/dev/null | head -n 1 || true)"; \
    if [ -z "${jar}" ]; then \
        jar="$(ls "${MODULE}"/target/"${MODULE}"-*.jar 2>/dev/null \
               | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' -e '-tests\.jar$' | head -n 1 || true)"; \
    fi; \
    if [ -z "${jar}" ]; then echo "no jar found in ${MODULE}/target" >&2; exit 1; fi; \
    if ! jar tf "${jar}" | grep -q '^BOOT-INF/'; then echo "${jar} is not an executable Spring Boot jar" >&2; exit 1; fi; \
    mkdir -p /out; \
    cp "${jar}" /out/app.jar; \
    echo "packaged ${jar}"

# ---- Stage 2: runtime ------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
ARG MODULE=command-side
LABEL org.opencontainers.image.title="tandem-${MODULE}"

# An unprivileged user with a fixed id (so volume permissions and "runAsNonRoot" checks are predictable).
# Its home is the working directory: standalone keeps its embedded database under ./.tandem there.
RUN groupadd --system --gid 10001 tandem \
 && useradd --system --uid 10001 --gid tandem --create-home --home-dir /home/tandem \
            --shell /usr/sbin/nologin tandem

# The jar is owned by root and read-only for the application user.
COPY --from=build --chmod=0444 /out/app.jar /app/app.jar

USER 10001:10001
WORKDIR /home/tandem

# 8080 standalone, 8081 command-side, 8082 query-side (their server.port defaults).
EXPOSE 8080 8081 8082

ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/app.jar"]
