package org.summarizer.bench.load;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.summarizer.bench.load.ServerProcess.StartupResult;

/** Everything one run of the load benchmark measured, filled in as the run goes. */
final class Report {
    ZonedDateTime started;
    ZonedDateTime finished;
    String loadBefore;
    String loadAfter;
    double stealBefore;
    double stealAfter;
    final List<StartupResult> startups = new ArrayList<>();
    final List<Phase> firstRequests = new ArrayList<>();
    long rssReady;
    int footprintArticles;
    int footprintErrors;
    double footprintSeconds;
    double footprintOtherCores;
    long rssAfterFootprint;
    long hwmAfterFootprint;
    long rssEnd;
    long hwmEnd;
    int totalArticles;
    final Map<Integer, Level> concurrency = new TreeMap<>();
    final Map<Integer, Level> lengths = new TreeMap<>();
    Overload overload;
    final Map<Integer, OpenLoop> openLoop = new TreeMap<>();
    BatchRun batch;
    Phase batchSingles;
}
