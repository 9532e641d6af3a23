package org.summarizer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueueBudgetTest {

    @Test
    void admitsTextsUntilTheBudgetWouldBePassed() {
        QueueBudget budget = new QueueBudget(1_000);
        assertThat(budget.reserve(400)).isNotNull();
        assertThat(budget.reserve(600)).as("exactly fills the budget").isNotNull();
        assertThat(budget.reserve(1)).isNull();
        assertThat(budget.waitingCharacters()).isEqualTo(1_000);
    }

    @Test
    void aRefusedTextTakesNoRoom() {
        QueueBudget budget = new QueueBudget(1_000);
        budget.reserve(900);
        assertThat(budget.reserve(200)).isNull();
        assertThat(budget.waitingCharacters()).isEqualTo(900);
        assertThat(budget.reserve(100)).isNotNull();
    }

    @Test
    void releasingGivesTheRoomBackOnce() {
        QueueBudget budget = new QueueBudget(1_000);
        QueueBudget.Reservation first = budget.reserve(700);
        budget.reserve(300);
        first.release();
        first.release();
        assertThat(budget.waitingCharacters()).isEqualTo(300);
        assertThat(budget.reserve(700)).isNotNull();
        assertThat(budget.reserve(1)).isNull();
    }

    @Test
    void anEmptyQueueAdmitsATextLongerThanTheBudget() {
        QueueBudget budget = new QueueBudget(1_000);
        QueueBudget.Reservation huge = budget.reserve(5_000);
        assertThat(huge).isNotNull();
        assertThat(budget.reserve(1)).as("nothing fits behind it").isNull();
        huge.release();
        assertThat(budget.waitingCharacters()).isZero();
        assertThat(budget.reserve(1)).isNotNull();
    }

    @Test
    void rejectsNonsensicalSizes() {
        assertThatThrownBy(() -> new QueueBudget(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueBudget(10).reserve(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentReservationsNeverPassTheBudgetAndAllReturnToZero() throws InterruptedException {
        int budgetCharacters = 10_000;
        QueueBudget budget = new QueueBudget(budgetCharacters);
        AtomicLong maxSeen = new AtomicLong();
        AtomicLong admitted = new AtomicLong();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int size = 700 + 300 * t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 20_000; i++) {
                    QueueBudget.Reservation reservation = budget.reserve(size);
                    if (reservation != null) {
                        admitted.incrementAndGet();
                        maxSeen.accumulateAndGet(budget.waitingCharacters(), Math::max);
                        reservation.release();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        assertThat(admitted.get()).isPositive();
        assertThat(maxSeen.get()).isLessThanOrEqualTo(budgetCharacters);
        assertThat(budget.waitingCharacters()).isZero();
    }
}
