#!/usr/bin/env bash
# Container smoke test: builds the top-level Dockerfile with podman on a local
# Debian bookworm + openjdk-17-jre-headless base, runs the image with a 1 GiB
# memory limit and a read-only root file system and checks that it becomes
# ready, keeps the models in a layer of their own, summarizes an article,
# runs as a non-root user, stays under 700 MB of resident memory after 1,000
# articles (from ../shared/eval when present), stops on SIGTERM with a
# summary in flight, and refuses languages whose models it does not hold
# (at build time for an unknown one, at start for one not in the image).
#
# Usage: src/test/container/smoke-test.sh [PROJECT_DIR]
#   PROJECT_DIR defaults to the repository this script lives in. It must hold
#   the Dockerfile; target/quarkus-app is built with ./mvnw if missing.
#
# Needs root (installs podman & co. from Debian with apt-get when missing).
# Environment knobs (all optional):
#   BASE_IMAGE          base image to build on (default: the local Debian one,
#                       built with debootstrap on first use; others are pulled
#                       if missing)
#   REBUILD_BASE=1      rebuild the local base image even if it exists
#   IMAGE_MAX_MB        image size limit checked (default 450)
#   READY_TIMEOUT       seconds to wait for /q/health/ready (default 120)
#   READY_MAX_SECONDS   seconds from `podman run` to ready checked (default 30)
#   DEBIAN_MIRROR       mirror for debootstrap (default: from /etc/apt sources)
#
# Prints one check per line and ends with exactly `N passed, M failed`;
# exits non-zero if any check failed.
set -uo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "${1:-$SCRIPT_DIR/../../..}" && pwd)
WORK_DIR="$PROJECT_DIR/target/container-smoke"

LOCAL_BASE_IMAGE=localhost/summarizer-base:bookworm-jre17
# Bump when the base recipe below changes, so existing machines rebuild it.
BASE_RECIPE=1
BASE_IMAGE=${BASE_IMAGE:-$LOCAL_BASE_IMAGE}
IMAGE=localhost/article-summarizer:smoke
CONTAINER=summarizer-smoke-$$
IMAGE_MAX_MB=${IMAGE_MAX_MB:-450}
READY_TIMEOUT=${READY_TIMEOUT:-120}
READY_MAX_SECONDS=${READY_MAX_SECONDS:-30}
MEMORY_LIMIT=1g

PASSED=0
FAILED=0

pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }
info() { echo "INFO: $*"; }

summary() {
    echo "$PASSED passed, $FAILED failed"
    if [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]; then exit 0; fi
    exit 1
}

# A step the rest cannot do without failed: count it, report, stop.
abort() { fail "$*"; summary; }

show_log_tail() { # file [lines]
    [ -f "$1" ] || return 0
    echo "----- last ${2:-40} lines of $1 -----"
    tail -n "${2:-40}" "$1"
    echo "-----"
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

cleanup() {
    podman rm -f -t 0 "$CONTAINER" >/dev/null 2>&1 || true
    podman rm -f -t 0 "$CONTAINER-de" >/dev/null 2>&1 || true
    [ -n "${BASE_ROOTFS:-}" ] && rm -rf "$BASE_ROOTFS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK_DIR" || abort "cannot create $WORK_DIR"
info "project: $PROJECT_DIR"

# ---------------------------------------------------------------- tools
install_tools() {
    local missing=()
    command -v podman >/dev/null || missing+=(podman)
    command -v runc >/dev/null || missing+=(runc)
    command -v slirp4netns >/dev/null || missing+=(slirp4netns)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v newuidmap >/dev/null || missing+=(uidmap)
    command -v fuse-overlayfs >/dev/null || missing+=(fuse-overlayfs)
    command -v curl >/dev/null || missing+=(curl)
    command -v jq >/dev/null || missing+=(jq)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing ${missing[*]} and not root to install them" >&2
        return 1
    fi
    info "installing ${missing[*]} from Debian"
    {
        apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    } >"$WORK_DIR/apt.log" 2>&1
}
if install_tools; then
    pass "podman, runc, slirp4netns, debootstrap, curl, jq available ($(podman --version 2>/dev/null))"
else
    show_log_tail "$WORK_DIR/apt.log"
    abort "installing podman and friends from Debian"
fi

# Engine settings for this machine: no systemd, cgroup v1/v2 via cgroupfs,
# runc, host network for build steps, ulimits the caller may actually grant.
HARD_NOFILE=$(ulimit -Hn)
[ "$HARD_NOFILE" = unlimited ] && HARD_NOFILE=1048576
export CONTAINERS_CONF="$WORK_DIR/containers.conf"
cat >"$CONTAINERS_CONF" <<EOF
[containers]
netns = "host"
default_ulimits = [
  "nofile=$HARD_NOFILE:$HARD_NOFILE",
  "nproc=32768:32768",
]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF

# ---------------------------------------------------------------- base image
debian_mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
    local uri
    # One-line format: deb [opts] URI bookworm main
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { if ($(i+1) == "bookworm") { print $i; exit } break } }')
    if [ -z "$uri" ]; then
        # deb822 format: a stanza with "Suites: bookworm ..." and "URIs: ..."
        uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
            awk 'BEGIN { RS = ""; FS = "\n" }
                 { u = ""; s = 0
                   for (i = 1; i <= NF; i++) {
                     if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); u = a[2] }
                     if ($i ~ /^Suites:/ && $i ~ /[ \t]bookworm([ \t]|$)/) s = 1
                   }
                   if (s && u != "") { print u; exit } }')
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

build_local_base() {
    local mirror
    mirror=$(debian_mirror)
    BASE_ROOTFS=$(mktemp -d /var/tmp/summarizer-base.XXXXXX) || return 1
    info "debootstrap bookworm (minbase + openjdk-17-jre-headless) from $mirror"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless \
        bookworm "$BASE_ROOTFS" "$mirror" >"$WORK_DIR/debootstrap.log" 2>&1 || return 1
    # Trim what a runtime image never reads: package caches and lists,
    # documentation and message catalogues.
    rm -rf "$BASE_ROOTFS"/var/cache/apt/archives/*.deb "$BASE_ROOTFS"/var/cache/apt/*.bin \
        "$BASE_ROOTFS"/var/lib/apt/lists/* "$BASE_ROOTFS"/usr/share/doc/* \
        "$BASE_ROOTFS"/usr/share/man/* "$BASE_ROOTFS"/usr/share/info/* \
        "$BASE_ROOTFS"/usr/share/locale/* "$BASE_ROOTFS"/var/log/*.log \
        "$BASE_ROOTFS"/debootstrap
    tar -C "$BASE_ROOTFS" --numeric-owner -c . |
        podman import \
            --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
            --change 'ENV LANG=C.UTF-8' \
            --change "LABEL org.summarizer.base-recipe=$BASE_RECIPE" \
            --change 'CMD ["/bin/bash"]' \
            - "$LOCAL_BASE_IMAGE" >"$WORK_DIR/import.log" 2>&1 || return 1
    rm -rf "$BASE_ROOTFS"
    BASE_ROOTFS=
}

if [ "$BASE_IMAGE" = "$LOCAL_BASE_IMAGE" ]; then
    have_recipe=$(podman image inspect --format '{{ index .Labels "org.summarizer.base-recipe" }}' \
        "$LOCAL_BASE_IMAGE" 2>/dev/null || true)
    if [ "${REBUILD_BASE:-0}" != 1 ] && [ "$have_recipe" = "$BASE_RECIPE" ]; then
        pass "local base image $LOCAL_BASE_IMAGE present (reused)"
    else
        start=$(now)
        if build_local_base; then
            pass "local base image $LOCAL_BASE_IMAGE built in $(elapsed "$start" "$(now)") s"
        else
            show_log_tail "$WORK_DIR/debootstrap.log"
            show_log_tail "$WORK_DIR/import.log"
            abort "building local base image $LOCAL_BASE_IMAGE"
        fi
    fi
fi

# ---------------------------------------------------------------- app image
if [ ! -f "$PROJECT_DIR/target/quarkus-app/quarkus-run.jar" ]; then
    info "target/quarkus-app missing: building it with ./mvnw"
    (cd "$PROJECT_DIR" && ./mvnw -B -q package -DskipTests) >"$WORK_DIR/maven.log" 2>&1 || {
        show_log_tail "$WORK_DIR/maven.log"
        abort "./mvnw package"
    }
fi

old_image_id=$(podman image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
start=$(now)
if podman build --pull=missing --build-arg "BASE_IMAGE=$BASE_IMAGE" \
        -f "$PROJECT_DIR/Dockerfile" -t "$IMAGE" "$PROJECT_DIR" >"$WORK_DIR/build.log" 2>&1; then
    pass "image built from Dockerfile on $BASE_IMAGE in $(elapsed "$start" "$(now)") s"
else
    show_log_tail "$WORK_DIR/build.log"
    abort "podman build of $PROJECT_DIR/Dockerfile"
fi
new_image_id=$(podman image inspect --format '{{.Id}}' "$IMAGE")
# Drop the previous build of this tag so repeated runs do not pile up images.
if [ -n "$old_image_id" ] && [ "$old_image_id" != "$new_image_id" ]; then
    podman rmi "$old_image_id" >/dev/null 2>&1 || true
fi

image_bytes=$(podman image inspect --format '{{.Size}}' "$IMAGE")
image_mb=$((image_bytes / 1000000))
info "image size: $image_mb MB ($image_bytes bytes)"
if [ "$image_mb" -le "$IMAGE_MAX_MB" ]; then
    pass "image size $image_mb MB <= $IMAGE_MAX_MB MB"
else
    fail "image size $image_mb MB > $IMAGE_MAX_MB MB"
fi

# Model files inside the image: their own layer under /deployments/models, none left in the jars.
mnt=$(podman image mount "$IMAGE" 2>/dev/null || true)
if [ -n "$mnt" ] && [ -d "$mnt/deployments" ]; then
    model_bytes=$(find "$mnt/deployments/models" -type f -printf '%s\n' 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
    jar_model_entries=0
    for jar in "$mnt"/deployments/app/*.jar "$mnt"/deployments/lib/main/*.jar; do
        [ -f "$jar" ] || continue
        n=$(unzip -lqq "$jar" 2>/dev/null | awk '$4 ~ /^edu\/stanford\/nlp\/models\/.+[^\/]$/ { n++ } END { print n + 0 }')
        jar_model_entries=$((jar_model_entries + n))
    done
    lib_mb=$(du -sm "$mnt/deployments/lib" | cut -f1)
    app_kb=$(du -sk "$mnt/deployments/app" | cut -f1)
    info "model files in /deployments/models: $((model_bytes / 1000000)) MB; /deployments/lib $lib_mb MiB, /deployments/app $app_kb KiB"
    models_jars=$(ls "$mnt"/deployments/lib/main/ 2>/dev/null | grep -E 'corenlp.*models' || true)
    if [ -z "$models_jars" ]; then
        pass "CoreNLP models jar not shipped in lib/"
    else
        fail "CoreNLP models jar shipped in lib/: $models_jars"
    fi
    if [ "$model_bytes" -gt 10000000 ] && [ "$jar_model_entries" -eq 0 ]; then
        pass "model files in /deployments/models ($((model_bytes / 1000000)) MB), none inside the jars"
    else
        fail "model files: $model_bytes bytes in /deployments/models, $jar_model_entries entries inside jars"
    fi
    podman image unmount "$IMAGE" >/dev/null 2>&1 || true
else
    info "could not mount $IMAGE to measure the model files"
fi
# Layers: the models are one layer, the application jar another of its own that is small, so a code change
# re-ships only the latter and quarkus/ (the application index and generated classes, ~2 MB), not the models.
layers=$(podman history --no-trunc --format '{{.Size}}\t{{.CreatedBy}}' "$IMAGE" 2>/dev/null)
models_layer=$(echo "$layers" | awk -F'\t' '$2 ~ /COPY .* in \/deployments\/models\/ / { print $1; exit }')
app_layer=$(echo "$layers" | awk -F'\t' '$2 ~ /COPY .* in \/deployments\/app\/ / { print $1; exit }')
info "layers: models $models_layer, application jar $app_layer"
# podman prints sizes as "71.4 MB", "980 kB", "12 B" (decimal units)
layer_bytes() {
    echo "$1" | awk '{ m = $2 == "kB" ? 1e3 : $2 == "MB" ? 1e6 : $2 == "GB" ? 1e9 : $2 == "B" ? 1 : -1;
                       printf "%d", m < 0 ? -1 : $1 * m }'
}
models_bytes=$(layer_bytes "$models_layer")
app_bytes=$(layer_bytes "$app_layer")
if [ "${models_bytes:--1}" -ge 10000000 ] && [ "${app_bytes:--1}" -ge 0 ] && [ "$app_bytes" -lt 5000000 ]; then
    pass "models in a layer of their own ($models_layer), application jar layer $app_layer"
else
    fail "layer sizes: models '$models_layer', application '$app_layer' (expected >= 10 MB and < 5 MB)"
fi

# ---------------------------------------------------------------- run
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=
for p in $(seq 18080 18180); do
    if ! port_in_use "$p"; then PORT=$p; break; fi
done
[ -n "$PORT" ] || abort "no free port in 18080-18180"

BASE_URL="http://127.0.0.1:$PORT"
start=$(now)
# As the Kubernetes manifest runs it: read-only root file system, a writable /tmp only.
if ! podman run -d --name "$CONTAINER" --network=slirp4netns --read-only --tmpfs /tmp \
        -p "127.0.0.1:$PORT:8080" --memory "$MEMORY_LIMIT" "$IMAGE" >"$WORK_DIR/run.log" 2>&1; then
    cat "$WORK_DIR/run.log"
    abort "podman run"
fi

ready=0
deadline=$(( $(date +%s) + READY_TIMEOUT ))
while [ "$(date +%s)" -lt "$deadline" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE_URL/q/health/ready" || true)
    if [ "$code" = 200 ]; then ready=1; break; fi
    if [ "$(podman inspect --format '{{.State.Running}}' "$CONTAINER" 2>/dev/null)" != true ]; then
        break
    fi
    sleep 0.2
done
ready_seconds=$(elapsed "$start" "$(now)")
podman logs "$CONTAINER" >"$WORK_DIR/container.log" 2>&1 || true
if [ "$ready" = 1 ]; then
    pass "/q/health/ready answered 200 after $ready_seconds s (podman run -> ready, --memory $MEMORY_LIMIT, --read-only)"
    if awk -v s="$ready_seconds" -v m="$READY_MAX_SECONDS" 'BEGIN { exit !(s <= m) }'; then
        pass "ready within $READY_MAX_SECONDS s"
    else
        fail "ready took $ready_seconds s > $READY_MAX_SECONDS s"
    fi
else
    show_log_tail "$WORK_DIR/container.log" 60
    abort "/q/health/ready did not answer 200 within $READY_TIMEOUT s (last status ${code:-none})"
fi

# ---------------------------------------------------------------- summarize
ARTICLE=$(cat <<'EOF'
The city council of Riverton voted on Tuesday to approve a new public transit plan that will add three bus rapid transit lines by 2028. The plan, which passed by a vote of seven to two, is expected to cost about 240 million dollars, most of which will come from a regional sales tax approved by voters last year. Mayor Elena Ortiz called the decision a turning point for a city whose population has grown by nearly a fifth over the past decade.

Under the plan, the first line will connect the downtown business district with the northern suburbs, where many of the city's new housing developments are located. Buses on the new lines will run every eight minutes during peak hours and will travel in dedicated lanes separated from car traffic. Transit officials estimate that the three lines together will carry about 45,000 passengers a day once they are fully running.

Not everyone supports the project. Two council members who voted against it argued that the dedicated lanes will worsen congestion for drivers and hurt small businesses along the affected streets. A group of shop owners on Main Street has already said it will ask the council to reconsider the route through the historic district.

Supporters point to studies from other mid-sized cities showing that bus rapid transit can reduce commute times and emissions at a fraction of the cost of light rail. The regional transit authority said construction of the first line will begin next spring, after a final round of public hearings. Officials also promised that local contractors will receive priority for the construction work, and that the city will publish monthly progress reports on a public website.
EOF
)
REQUEST=$(jq -n --arg text "$ARTICLE" '{text: $text, sentences: 3}')
info "article: $(echo "$ARTICLE" | wc -w) words"
start=$(now)
status=$(curl -s -o "$WORK_DIR/summary.json" -w '%{http_code}' --max-time 60 \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    --data-binary "$REQUEST" "$BASE_URL/v1/summaries" || echo 000)
summary_seconds=$(elapsed "$start" "$(now)")
if [ "$status" = 200 ]; then
    pass "POST /v1/summaries answered 200 in $summary_seconds s"
else
    fail "POST /v1/summaries answered $status: $(head -c 500 "$WORK_DIR/summary.json" 2>/dev/null)"
fi
if [ "$status" = 200 ] && jq -e '.sentences | type == "array" and length == 3' "$WORK_DIR/summary.json" >/dev/null 2>&1; then
    pass "summary has a sentences array of 3 items"
else
    fail "summary has no sentences array of 3 items: $(head -c 500 "$WORK_DIR/summary.json" 2>/dev/null)"
fi

# ---------------------------------------------------------------- process
pid1_uid=$(podman exec "$CONTAINER" sh -c "awk '/^Uid:/ { print \$2 }' /proc/1/status" 2>/dev/null || true)
exec_uid=$(podman exec "$CONTAINER" id -u 2>/dev/null || true)
if [ -n "$pid1_uid" ] && [ "$pid1_uid" != 0 ] && [ -n "$exec_uid" ] && [ "$exec_uid" != 0 ]; then
    pass "container runs as non-root (PID 1 uid $pid1_uid, id -u $exec_uid)"
else
    fail "container runs as root or uid unknown (PID 1 uid '${pid1_uid}', id -u '${exec_uid}')"
fi
pid1_cmd=$(podman exec "$CONTAINER" sh -c 'tr "\0" " " </proc/1/cmdline' 2>/dev/null || true)
case "$pid1_cmd" in
    *java*quarkus-run.jar*) pass "PID 1 is the JVM (exec form): ${pid1_cmd:0:160}" ;;
    *) fail "PID 1 is not the JVM: $pid1_cmd" ;;
esac
rss_kb=$(podman exec "$CONTAINER" sh -c "awk '/^VmRSS:/ { print \$2 }' /proc/1/status" 2>/dev/null || true)
[ -n "$rss_kb" ] && info "JVM resident memory after one summary: $((rss_kb / 1024)) MiB"

# The image's own JAVA_OPTS must size the heap from the container limit.
heap=$(podman run --rm --memory "$MEMORY_LIMIT" --network=none --entrypoint /bin/sh "$IMAGE" \
    -c 'exec java $JAVA_OPTS $JAVA_OPTS_APPEND -XshowSettings:vm -version' 2>&1 |
    awk -F': ' '/Max. Heap Size/ { print $2 }')
case "$heap" in
    4[4-9][0-9]*M*) pass "JVM max heap $heap with --memory $MEMORY_LIMIT (container-aware: 47 % of the limit less the Serial GC's survivor space)" ;;
    *) fail "JVM max heap '$heap' with --memory $MEMORY_LIMIT, expected ~470 MiB" ;;
esac

# ---------------------------------------------------------------- memory after 1,000 articles
# The eval sets' dev articles (CNN, DailyMail, BBC: the first 1,000), two at a time, as the README's figure was
# measured; the resident memory of the JVM must then stay under 700 MB.
EVAL_DIR=${EVAL_DIR:-$PROJECT_DIR/../shared/eval}
if [ -f "$EVAL_DIR/cnn_dev.jsonl" ]; then
    bodies="$WORK_DIR/articles"
    rm -rf "$bodies" && mkdir -p "$bodies"
    cat "$EVAL_DIR"/cnn_dev.jsonl "$EVAL_DIR"/dm_dev.jsonl "$EVAL_DIR"/bbc_dev.jsonl | head -n 1000 |
        jq -c '{text: .text, title: .title, sentences: 3}' | split -l 1 -a 4 - "$bodies/a"
    start=$(now)
    # shellcheck disable=SC2016
    codes=$(find "$bodies" -type f | sort | xargs -P 2 -I{} curl -s -o /dev/null -w '%{http_code}\n' \
        --max-time 60 -H 'Content-Type: application/json' --data-binary @{} "$BASE_URL/v1/summaries" |
        sort | uniq -c | tr -s ' ' | tr '\n' ',')
    articles_seconds=$(elapsed "$start" "$(now)")
    rss_kb=$(podman exec "$CONTAINER" sh -c "awk '/^VmRSS:/ { print \$2 }' /proc/1/status" 2>/dev/null || echo 0)
    rss_mb=$((rss_kb * 1024 / 1000000))
    info "1,000 articles in $articles_seconds s, statuses: $codes RSS $((rss_kb / 1024)) MiB ($rss_mb MB)"
    case "$codes" in
        " 1000 200,") pass "1,000 articles answered 200" ;;
        *) fail "1,000 articles: statuses $codes" ;;
    esac
    if [ "$rss_mb" -gt 0 ] && [ "$rss_mb" -lt 700 ]; then
        pass "resident memory after 1,000 articles $rss_mb MB < 700 MB (--memory $MEMORY_LIMIT, image defaults)"
    else
        fail "resident memory after 1,000 articles $rss_mb MB, limit 700 MB"
    fi
else
    info "no $EVAL_DIR/cnn_dev.jsonl: memory after 1,000 articles not measured"
fi

# ---------------------------------------------------------------- stop, with a summary in flight
# A long article (the one above, 40 times: about 11,000 words, most of a second of work) is sent, and SIGTERM
# follows while it runs: graceful shutdown must still answer it with 200.
LONG_REQUEST=$(jq -n --arg text "$(for _ in $(seq 40); do echo "$ARTICLE"; done)" '{text: $text, sentences: 3}')
curl -s -o "$WORK_DIR/inflight.json" -w '%{http_code}' --max-time 60 \
    -H 'Content-Type: application/json' --data-binary "$LONG_REQUEST" "$BASE_URL/v1/summaries" \
    >"$WORK_DIR/inflight.status" 2>/dev/null &
inflight_pid=$!
sleep 0.3
start=$(now)
podman stop -t 30 "$CONTAINER" >/dev/null 2>&1
stop_seconds=$(elapsed "$start" "$(now)")
wait "$inflight_pid" || true
inflight_status=$(cat "$WORK_DIR/inflight.status" 2>/dev/null || echo 000)
if [ "$inflight_status" = 200 ] && jq -e '.sentences | length == 3' "$WORK_DIR/inflight.json" >/dev/null 2>&1; then
    pass "the summary in flight at SIGTERM was answered 200"
else
    fail "the summary in flight at SIGTERM got $inflight_status: $(head -c 300 "$WORK_DIR/inflight.json" 2>/dev/null)"
fi
exit_code=$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER" 2>/dev/null || echo '?')
podman logs "$CONTAINER" >"$WORK_DIR/container.log" 2>&1 || true
# 143 = 128 + SIGTERM: the JVM ran its shutdown hooks and exited on the signal.
# quarkus.shutdown.delay (5 s) plus the in-flight work: well under the 30 s podman would wait before SIGKILL.
if awk -v s="$stop_seconds" 'BEGIN { exit !(s < 20) }' && { [ "$exit_code" = 0 ] || [ "$exit_code" = 143 ]; }; then
    pass "container stopped on SIGTERM in $stop_seconds s (exit $exit_code)"
else
    fail "container stop took $stop_seconds s, exit code $exit_code"
fi

# ---------------------------------------------------------------- languages not in the image
# The image holds the model files of its LANGUAGES build argument (default en,es). A language the build does not
# know fails the build naming it; a configured language whose files are not in the image stops the service at start
# naming the build argument, instead of a service that is never ready.
if podman build --build-arg "BASE_IMAGE=$BASE_IMAGE" --build-arg LANGUAGES=en,it \
        -f "$PROJECT_DIR/Dockerfile" -t localhost/article-summarizer:smoke-it "$PROJECT_DIR" \
        >"$WORK_DIR/build-it.log" 2>&1; then
    fail "an image build with LANGUAGES=en,it succeeded"
    podman rmi localhost/article-summarizer:smoke-it >/dev/null 2>&1 || true
elif grep -q "no model files for 'it'" "$WORK_DIR/build-it.log"; then
    pass "an image build with LANGUAGES=en,it fails naming it"
else
    show_log_tail "$WORK_DIR/build-it.log" 10
    fail "the image build with LANGUAGES=en,it failed without naming it"
fi
podman rm -f -t 0 "$CONTAINER-de" >/dev/null 2>&1 || true
podman run --name "$CONTAINER-de" --network=none --read-only --tmpfs /tmp --memory "$MEMORY_LIMIT" \
    -e SUMMARIZER_LANGUAGES=en,de "$IMAGE" >"$WORK_DIR/run-de.log" 2>&1 &
de_pid=$!
de_deadline=$(( $(date +%s) + 60 ))
while kill -0 "$de_pid" 2>/dev/null && [ "$(date +%s)" -lt "$de_deadline" ]; do sleep 0.5; done
if kill -0 "$de_pid" 2>/dev/null; then
    podman rm -f -t 0 "$CONTAINER-de" >/dev/null 2>&1 || true
    fail "SUMMARIZER_LANGUAGES=en,de on an image without German models still ran after 60 s"
else
    de_exit=$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER-de" 2>/dev/null || echo '?')
    if [ "$de_exit" != 0 ] && grep -q "LANGUAGES build argument" "$WORK_DIR/run-de.log"; then
        pass "SUMMARIZER_LANGUAGES=en,de without German models in the image exits at start (status $de_exit) naming the build argument"
    else
        show_log_tail "$WORK_DIR/run-de.log" 10
        fail "SUMMARIZER_LANGUAGES=en,de without German models: exit $de_exit"
    fi
fi
podman rm -f -t 0 "$CONTAINER-de" >/dev/null 2>&1 || true

info "logs and build output in $WORK_DIR"
info "numbers: image ${image_mb} MB, ready ${ready_seconds} s, summary ${summary_seconds} s, rss $(( ${rss_kb:-0} / 1024 )) MiB"
summary
