package org.summarizer.service;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the article text waiting for a worker, in characters.
 *
 * <p>Why characters and not only a request count: the cost of a summary grows linearly with the text, so sixteen
 * queued 100,000-character articles are about a minute of work on two cores and would all die at the time limit after
 * waiting for it, while sixteen short ones take a second. Refusing what does not fit at once (503 with Retry-After)
 * keeps the admitted requests inside their time limit and tells the others to come back or go elsewhere.
 *
 * <p>A text is always admitted when nothing is waiting, however long it is, so a single long article never starves.
 * Thread-safe and lock-free.
 */
final class QueueBudget {

    private final long maxCharacters;
    private final AtomicLong waiting = new AtomicLong();

    /**
     * @param maxCharacters the most characters that may wait at once (a text that would pass it is refused unless
     *        the queue is empty)
     */
    QueueBudget(long maxCharacters) {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
        }
        this.maxCharacters = maxCharacters;
    }

    /**
     * Reserves room for a text while it waits for a worker.
     *
     * @param characters the text's length
     * @return the reservation, to release when a worker takes the text or it is abandoned; {@code null} when the
     *         text does not fit
     */
    Reservation reserve(int characters) {
        if (characters < 0) {
            throw new IllegalArgumentException("characters must not be negative: " + characters);
        }
        while (true) {
            long current = waiting.get();
            if (current > 0 && current + characters > maxCharacters) {
                return null;
            }
            if (waiting.compareAndSet(current, current + characters)) {
                return new Reservation(characters);
            }
        }
    }

    /** The characters waiting now. */
    long waitingCharacters() {
        return waiting.get();
    }

    /** Room held by one waiting text; releasing it more than once has no further effect. */
    final class Reservation {

        private final int characters;
        private final AtomicBoolean released = new AtomicBoolean();

        private Reservation(int characters) {
            this.characters = characters;
        }

        /** Gives the room back (a worker took the text, or it was refused or abandoned). */
        void release() {
            if (released.compareAndSet(false, true)) {
                waiting.addAndGet(-characters);
            }
        }
    }
}
