package org.convlab.model.training;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Calls the session once a frame while training runs, on the FX thread. */
final class TrainingClock extends AnimationTimer {
    private final LongConsumer onFrame;
    private boolean running;

    TrainingClock(LongConsumer onFrame) {
        this.onFrame = onFrame;
    }

    @Override
    public void start() {
        if (!running) {
            running = true;
            super.start();
        }
    }

    @Override
    public void stop() {
        if (running) {
            running = false;
            super.stop();
        }
    }

    /** @return true between start and stop */
    boolean isRunning() {
        return running;
    }

    @Override
    public void handle(long now) {
        onFrame.accept(now);
    }
}
