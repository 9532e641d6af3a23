package org.summarizer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Static checks of the hand-written Kubernetes manifest in {@code src/main/kubernetes/summarizer.yaml}:
 * probes on the Quarkus health endpoints, resource requests and limits, and the wiring between the
 * Deployment, the Service and the HorizontalPodAutoscaler. No cluster is needed.
 */
class KubernetesManifestTest {

    private static final Path MANIFEST = Path.of("src", "main", "kubernetes", "summarizer.yaml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    private static Map<String, Object> deployment;
    private static Map<String, Object> service;
    private static Map<String, Object> hpa;
    private static Map<String, Object> disruptionBudget;

    @BeforeAll
    static void load() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(MANIFEST, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        deployment = single(documents, "apps/v1", "Deployment");
        service = single(documents, "v1", "Service");
        hpa = single(documents, "autoscaling/v2", "HorizontalPodAutoscaler");
        disruptionBudget = single(documents, "policy/v1", "PodDisruptionBudget");
        assertThat(documents).as("documents in %s", MANIFEST).hasSize(4);
    }

    /**
     * The pod's termination fits its grace period: preStop sleep + quarkus.shutdown.delay (503 while load balancers
     * catch up) + quarkus.shutdown.timeout (in-flight requests finish) must end before the kubelet's SIGKILL, and the
     * timeout must outlast the longest request (summarizer.workers.timeout, 10 s by default).
     */
    @Test
    void gracefulShutdownFitsTheTerminationGracePeriod() throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        long delay = seconds(properties.getProperty("quarkus.shutdown.delay"));
        long timeout = seconds(properties.getProperty("quarkus.shutdown.timeout"));
        List<Object> preStop =
                list(map(map(map(container().get("lifecycle")).get("preStop")).get("exec"))
                        .get("command"));
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        long sleep = Long.parseLong(preStop.get(1).toString());
        long grace = ((Number) podSpec().get("terminationGracePeriodSeconds")).longValue();
        assertThat(delay).as("quarkus.shutdown.delay").isPositive();
        assertThat(timeout)
                .as("quarkus.shutdown.timeout above the request time limit")
                .isGreaterThan(10);
        assertThat(sleep + delay + timeout).as("preStop + delay + timeout").isLessThan(grace);
    }

    @Test
    void aDisruptionBudgetKeepsReplicasThroughDrains() {
        Map<String, Object> spec = map(disruptionBudget.get("spec"));
        assertThat(spec.get("maxUnavailable")).isEqualTo(1);
        assertThat(podLabels())
                .containsAllEntriesOf(map(map(spec.get("selector")).get("matchLabels")));
    }

    private static long seconds(String duration) {
        assertThat(duration).as("a duration in seconds such as 15s").matches("\\d+s");
        return Long.parseLong(duration.substring(0, duration.length() - 1));
    }

    @Test
    void probesUseQuarkusHealthEndpointsOnTheHttpPort() {
        Map<String, Object> container = container();
        assertProbe(container, "startupProbe", "/q/health/started");
        assertProbe(container, "readinessProbe", "/q/health/ready");
        assertProbe(container, "livenessProbe", "/q/health/live");
    }

    @Test
    void startupProbeLeavesTimeForModelLoading() {
        Map<String, Object> probe = map(container().get("startupProbe"));
        int period = ((Number) probe.getOrDefault("periodSeconds", 10)).intValue();
        int failures = ((Number) probe.getOrDefault("failureThreshold", 3)).intValue();
        assertThat(period * failures).as("startup budget in seconds").isGreaterThanOrEqualTo(60);
    }

    @Test
    void resourceRequestsAndLimitsAreSet() {
        Map<String, Object> resources = map(container().get("resources"));
        Map<String, Object> requests = map(resources.get("requests"));
        Map<String, Object> limits = map(resources.get("limits"));
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");

        assertThat(bytes(limits.get("memory"))).as("memory limit").isEqualTo(bytes("1Gi"));
        assertThat(bytes(requests.get("memory")))
                .as("memory request")
                .isGreaterThanOrEqualTo(bytes("512Mi"))
                .isLessThanOrEqualTo(bytes(limits.get("memory")));
        assertThat(cpu(requests.get("cpu"))).as("cpu request").isEqualByComparingTo("1");
        assertThat(cpu(limits.get("cpu"))).as("cpu limit").isEqualByComparingTo("2");
    }

    @Test
    void deploymentSelectorMatchesItsPodLabels() {
        Map<String, Object> spec = map(deployment.get("spec"));
        Map<String, Object> matchLabels = map(map(spec.get("selector")).get("matchLabels"));
        assertThat(matchLabels).isNotEmpty();
        assertThat(podLabels()).containsAllEntriesOf(matchLabels);
    }

    @Test
    void serviceSelectsTheDeploymentPodsAndTargetsTheHttpPort() {
        Map<String, Object> spec = map(service.get("spec"));
        Map<String, Object> selector = map(spec.get("selector"));
        assertThat(selector).as("Service selector").isNotEmpty();
        assertThat(podLabels()).as("pod template labels").containsAllEntriesOf(selector);

        List<Object> ports = list(spec.get("ports"));
        assertThat(ports).isNotEmpty();
        for (Object port : ports) {
            Object target = map(port).get("targetPort");
            assertThat(resolvePort(container(), target))
                    .as("Service targetPort %s", target)
                    .isEqualTo(8080);
        }
    }

    @Test
    void autoscalerTargetsTheDeploymentOnCpu() {
        Map<String, Object> spec = map(hpa.get("spec"));
        Map<String, Object> target = map(spec.get("scaleTargetRef"));
        assertThat(target.get("apiVersion")).isEqualTo("apps/v1");
        assertThat(target.get("kind")).isEqualTo("Deployment");
        assertThat(target.get("name")).isEqualTo(map(deployment.get("metadata")).get("name"));

        int min = ((Number) spec.get("minReplicas")).intValue();
        int max = ((Number) spec.get("maxReplicas")).intValue();
        assertThat(min).isPositive();
        assertThat(max).isGreaterThanOrEqualTo(min);

        List<Object> metrics = list(spec.get("metrics"));
        assertThat(metrics).anySatisfy(metric -> {
            Map<String, Object> m = map(metric);
            assertThat(m.get("type")).isEqualTo("Resource");
            Map<String, Object> resource = map(m.get("resource"));
            assertThat(resource.get("name")).isEqualTo("cpu");
            Map<String, Object> utilization = map(resource.get("target"));
            assertThat(utilization.get("type")).isEqualTo("Utilization");
            assertThat(utilization.get("averageUtilization")).isEqualTo(70);
        });
    }

    @Test
    void podRunsAsTheImagesNonRootUser() {
        Map<String, Object> podSecurity = map(podSpec().get("securityContext"));
        assertThat(podSecurity.get("runAsNonRoot")).isEqualTo(true);
        assertThat(((Number) podSecurity.get("runAsUser")).intValue()).isNotZero();
    }

    @Test
    void rootFileSystemIsReadOnlyWithAWritableTmp() {
        Map<String, Object> containerSecurity = map(container().get("securityContext"));
        assertThat(containerSecurity.get("readOnlyRootFilesystem")).isEqualTo(true);
        String volume = list(container().get("volumeMounts")).stream()
                .map(KubernetesManifestTest::map)
                .filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .map(mount -> (String) mount.get("name"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume mounted at /tmp"));
        assertThat(list(podSpec().get("volumes")))
                .map(KubernetesManifestTest::map)
                .anySatisfy(v -> {
                    assertThat(v.get("name")).isEqualTo(volume);
                    assertThat(v).containsKey("emptyDir");
                });
    }

    @Test
    void containerPortMatchesTheDockerfile() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE, StandardCharsets.UTF_8);
        Matcher expose = Pattern.compile("(?m)^\\s*EXPOSE\\s+(\\d+)").matcher(dockerfile);
        assertThat(expose.find()).as("EXPOSE in %s", DOCKERFILE).isTrue();
        assertThat(resolvePort(container(), "http")).isEqualTo(Integer.parseInt(expose.group(1)));

        Matcher user = Pattern.compile("(?m)^\\s*USER\\s+(\\S+)").matcher(dockerfile);
        assertThat(user.find()).as("USER in %s", DOCKERFILE).isTrue();
        assertThat(user.group(1)).isNotIn("0", "root");
        Object runAsUser = map(podSpec().get("securityContext")).get("runAsUser");
        assertThat(String.valueOf(runAsUser)).isEqualTo(user.group(1));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertProbe(Map<String, Object> container, String name, String path) {
        assertThat(container).as("container").containsKey(name);
        Map<String, Object> httpGet = map(map(container.get(name)).get("httpGet"));
        assertThat(httpGet.get("path")).as("%s path", name).isEqualTo(path);
        assertThat(resolvePort(container, httpGet.get("port")))
                .as("%s port", name)
                .isEqualTo(8080);
    }

    /** A port given by number, or by the name of one of the container's ports. */
    private static int resolvePort(Map<String, Object> container, Object port) {
        if (port instanceof Number number) {
            return number.intValue();
        }
        for (Object candidate : list(container.get("ports"))) {
            Map<String, Object> p = map(candidate);
            if (String.valueOf(port).equals(p.get("name"))) {
                return ((Number) p.get("containerPort")).intValue();
            }
        }
        throw new AssertionError("no container port named " + port);
    }

    private static Map<String, Object> podSpec() {
        Map<String, Object> template = map(map(deployment.get("spec")).get("template"));
        return map(template.get("spec"));
    }

    private static Map<String, Object> podLabels() {
        Map<String, Object> template = map(map(deployment.get("spec")).get("template"));
        return map(map(template.get("metadata")).get("labels"));
    }

    private static Map<String, Object> container() {
        List<Object> containers = list(podSpec().get("containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, Object> single(List<Map<String, Object>> documents, String apiVersion, String kind) {
        List<Map<String, Object>> found = documents.stream()
                .filter(d -> apiVersion.equals(d.get("apiVersion")) && kind.equals(d.get("kind")))
                .toList();
        assertThat(found).as("%s %s in %s", apiVersion, kind, MANIFEST).hasSize(1);
        return found.get(0);
    }

    /** Kubernetes memory quantity (Ki, Mi, Gi, k, M, G or plain bytes) in bytes. */
    static long bytes(Object quantity) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT]i?|k)?").matcher(String.valueOf(quantity));
        assertThat(m.matches()).as("memory quantity %s", quantity).isTrue();
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        long factor = switch (unit) {
            case "" -> 1L;
            case "k", "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            case "T" -> 1_000_000_000_000L;
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "Ti" -> 1L << 40;
            default -> throw new AssertionError("unit " + unit);
        };
        return value.multiply(BigDecimal.valueOf(factor)).longValueExact();
    }

    /** Kubernetes CPU quantity ("2", "1.5", "500m") in cores. */
    static BigDecimal cpu(Object quantity) {
        String text = String.valueOf(quantity);
        if (text.endsWith("m")) {
            return new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(3);
        }
        return new BigDecimal(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
