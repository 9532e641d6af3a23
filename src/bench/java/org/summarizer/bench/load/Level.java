package org.summarizer.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rounds of one concurrency level or one length. */
final class Level {
    final List<Phase> rounds = new ArrayList<>();

    void add(Phase phase) {
        rounds.add(phase);
    }

    long[] latencies() {
        return rounds.stream().flatMapToLong(p -> Arrays.stream(p.latencies())).toArray();
    }

    int requests() {
        return rounds.stream().mapToInt(p -> p.latencies().length + p.errors()).sum();
    }

    int errors() {
        return rounds.stream().mapToInt(Phase::errors).sum();
    }

    double medianThroughput() {
        return Stats.median(rounds.stream().mapToDouble(Phase::throughput).toArray());
    }

    double medianServerCpuMillis() {
        return Stats.median(
                rounds.stream().mapToDouble(Phase::serverCpuMillisPerArticle).toArray());
    }

    double medianOtherCores() {
        return Stats.median(rounds.stream().mapToDouble(Phase::otherCores).toArray());
    }
}
