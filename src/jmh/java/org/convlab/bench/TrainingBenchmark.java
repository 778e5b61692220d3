package org.convlab.bench;

import java.util.concurrent.TimeUnit;
import org.convlab.core.Chapter;
import org.convlab.core.CrossCorrelation;
import org.convlab.core.EpochRecord;
import org.convlab.core.KernelInit;
import org.convlab.core.Trainer;
import org.ejml.data.FMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full gradient-descent step of the chapter's task (6.2.4: learn the 1x2 edge kernel from the
 * 6x8 image, learning rate 0.03): forward pass, loss, gradient, update and the epoch's record,
 * with no UI involved. The trainer starts afresh every iteration; past the first epochs it sits at
 * the learned kernel, which costs the same arithmetic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainingBenchmark {
    @Param({Peers.CONVLAB})
    public String impl;

    @Param({"6x8/1x2"})
    public String shape;

    private Trainer trainer;

    /** A fresh trainer on the chapter's data and the book's initial kernel. */
    @Setup(Level.Iteration)
    public void setUp() {
        FMatrixRMaj x = Chapter.edgeImage();
        FMatrixRMaj y = CrossCorrelation.corr2d(x, Chapter.edgeKernel());
        trainer = new Trainer(x, y, KernelInit.bookRun(), false, Chapter.LEARNING_RATE);
    }

    /** One epoch. */
    @Benchmark
    public EpochRecord step() {
        return trainer.step();
    }
}
