package org.convlab.model.training;

import org.convlab.core.BankTrainer;
import org.convlab.core.EpochRecord;
import org.convlab.core.KernelBank;
import org.convlab.core.Trainer;
import org.convlab.core.TrainingStatus;
import org.ejml.data.FMatrixRMaj;

/**
 * A run's gradient descent, one epoch a step, whatever the channel count: the chapter's
 * {@link Trainer} for one kernel (so its numbers stay the book's, bit for bit) or the core's
 * {@link BankTrainer} for a bank. Either way an epoch is told as a bank and its biases, one kernel
 * being a bank of one. Used by one thread at a time.
 */
final class Descent {
    private final Trainer kernel;
    private final BankTrainer bank;

    private Descent(Trainer kernel, BankTrainer bank) {
        this.kernel = kernel;
        this.bank = bank;
    }

    /** @param trainer the chapter's trainer of one kernel @return its descent */
    static Descent of(Trainer trainer) {
        return new Descent(trainer, null);
    }

    /** @param trainer a bank's trainer @return its descent */
    static Descent of(BankTrainer trainer) {
        return new Descent(null, trainer);
    }

    /**
     * Runs one epoch.
     *
     * @return the loss before the update and the parameters after it
     */
    BankTrainer.Epoch step() {
        if (bank != null) {
            return bank.step();
        }
        EpochRecord r = kernel.step();
        return new BankTrainer.Epoch(r.epoch(), r.loss(), KernelBank.of(new FMatrixRMaj[][] {{r.kernel()}}),
                new float[] {r.bias()});
    }

    /** @param learningRate the step size from the next epoch on */
    void setLearningRate(double learningRate) {
        if (bank != null) {
            bank.setLearningRate(learningRate);
        } else {
            kernel.setLearningRate(learningRate);
        }
    }

    /** @return epochs run so far */
    int epoch() {
        return bank != null ? bank.epoch() : kernel.epoch();
    }

    /** @return DIVERGED once an epoch overflowed or the loss exploded */
    TrainingStatus status() {
        return bank != null ? bank.status() : kernel.status();
    }
}
