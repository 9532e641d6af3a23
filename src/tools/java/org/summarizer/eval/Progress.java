package org.summarizer.eval;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar with ETA on a terminal (redrawn in place); without a terminal, a plain line every 10%, so CI logs
 * stay short.
 */
public final class Progress {

    private final String label;
    private final int total;
    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int lastDecile = -1;

    /** A progress display for {@code total} items, drawn on {@code out}. */
    public Progress(String label, int total, PrintStream out) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = out;
        this.terminal = System.console() != null;
    }

    /** Records one finished item. */
    public void step() {
        int now = done.incrementAndGet();
        if (terminal) {
            if (now == total || now % Math.max(1, total / 200) == 0) {
                draw(now);
            }
        } else {
            int decile = now * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                synchronized (this) {
                    out.printf("%s: %d/%d (%d%%), ETA %s%n", label, now, total, decile * 10, eta(now));
                }
            }
        }
    }

    private synchronized void draw(int now) {
        int width = 30;
        int filled = (int) ((long) now * width / total);
        out.printf(
                "\r%s [%s%s] %d/%d ETA %s ",
                label, "#".repeat(filled), " ".repeat(width - filled), now, total, eta(now));
        if (now == total) {
            out.println();
        }
    }

    private String eta(int now) {
        long elapsed = System.nanoTime() - start;
        if (now == 0) {
            return "?";
        }
        Duration remaining = Duration.ofNanos(elapsed / now * (total - now));
        return String.format("%d:%02d", remaining.toMinutes(), remaining.toSecondsPart());
    }
}
