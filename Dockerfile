####
# Container image for the article summarizer (Quarkus fast-jar, JVM mode).
#
# Build the application first, then the image:
#
#   ./mvnw -B package -DskipTests
#   docker build -t article-summarizer .
#   docker run --rm -p 8080:8080 --memory 1g article-summarizer
#
# The image holds the models of English and Spanish; for German and French
# see LANGUAGES below.
#
# The base only has to provide a Java 17 runtime with `java` on the PATH and
# a POSIX `/bin/sh`. The default is a pinned public image; pass another with
#   --build-arg BASE_IMAGE=...
# e.g. a local Debian bookworm + openjdk-17-jre-headless image (see
# src/test/container/smoke-test.sh and docs/deployment.md).
####
ARG BASE_IMAGE=eclipse-temurin:17.0.15_6-jre-jammy

# The CoreNLP model files of the languages in LANGUAGES (ISO 639-1 codes,
# comma-separated; en is required), from target/container/models/<language>/.
# The default carries English and Spanish (25.5 MB); German and French add
# 240 MB, so build an image for them with e.g.
# --build-arg LANGUAGES=en,de,fr,es, and run it with SUMMARIZER_LANGUAGES set
# and the memory docs/languages.md gives for that set (2560m for all four). A language listed in SUMMARIZER_LANGUAGES whose
# files are not in the image stops the service at start with a message.
FROM ${BASE_IMAGE} AS models
ARG LANGUAGES=en,es
COPY target/container/models/ /languages/
RUN set -eu; \
    mkdir -p /models; \
    case ",$LANGUAGES," in *,en,*) ;; *) echo "LANGUAGES=$LANGUAGES must list en" >&2; exit 1 ;; esac; \
    for language in $(echo "$LANGUAGES" | tr ',' ' '); do \
        if [ ! -d "/languages/$language" ]; then \
            echo "LANGUAGES: no model files for '$language'; this build has: $(ls /languages | tr '\n' ' ')" >&2; \
            exit 1; \
        fi; \
        cp -R "/languages/$language/." /models/; \
    done

FROM ${BASE_IMAGE}

# Unprivileged runtime user (uid 185, group 0 so that platforms that run
# images under an arbitrary uid in group 0, e.g. OpenShift, can read the
# files too). useradd exists on Debian minbase (passwd package) and on the
# Ubuntu-based Temurin images; the fallback edits /etc/passwd directly for
# bases without it.
RUN set -eu; \
    if ! getent passwd 185 >/dev/null 2>&1; then \
        if command -v useradd >/dev/null 2>&1; then \
            useradd --system --uid 185 --gid 0 --no-create-home \
                    --home-dir /deployments --shell /usr/sbin/nologin summarizer; \
        else \
            echo 'summarizer:x:185:0:article summarizer:/deployments:/usr/sbin/nologin' >> /etc/passwd; \
        fi; \
    fi; \
    mkdir -p /deployments; \
    chown 185:0 /deployments; \
    chmod 0775 /deployments

# Java 17 takes file.encoding from the locale; a minimal base has none set,
# which would make the default charset ASCII.
ENV LANG=C.UTF-8 \
    LANGUAGE=C.UTF-8 \
    LC_ALL=C.UTF-8

# Fast-jar layout, least frequently changing layer first, so that a code
# change only rebuilds the small layers at the end: the CoreNLP model files
# of LANGUAGES (71 MB for en,es; 312 MB for en,de,fr,es; read as files through
# summarizer.corenlp.model-directory), then the libraries, then the
# application jar without the models (target/container/app, a few hundred
# KB). Both target/container directories are written by ./mvnw package.
# Owned by the runtime user, as in Quarkus' Dockerfile.jvm, so they stay
# readable whatever the umask of the build was. Nothing is written outside
# /tmp, so the root file system can be mounted read-only.
WORKDIR /deployments
COPY --from=models --chown=185:0 /models/ /deployments/models/
COPY --chown=185:0 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185:0 target/quarkus-app/*.jar /deployments/
COPY --chown=185:0 target/container/app/ /deployments/app/
COPY --chown=185:0 target/quarkus-app/quarkus/ /deployments/quarkus/
ENV SUMMARIZER_CORENLP_MODEL_DIRECTORY=/deployments/models

EXPOSE 8080
USER 185

# JAVA_OPTS replaces the defaults below; JAVA_OPTS_APPEND adds to them (and,
# coming last, wins over them). MaxRAMPercentage sizes the heap from the
# container's memory limit: 47 % of --memory / resources.limits.memory, so
# 481 MiB at 1 GiB (the README's -Xmx480m), which leaves room for the
# ~150-200 MiB the JVM needs beside the heap; NewRatio=3 keeps the young
# generation at a quarter of the heap and the old generation room for the
# ~215 MiB of models (docs/deployment.md, "Memory and CPU sizing").
ENV JAVA_OPTS="-XX:MaxRAMPercentage=47 -XX:NewRatio=3 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""

# `exec` makes the JVM PID 1, so `docker stop` / Kubernetes' SIGTERM reaches
# it directly and Quarkus shuts down gracefully. Extra container arguments are
# passed on to the application.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar \"$@\"", "summarizer"]
