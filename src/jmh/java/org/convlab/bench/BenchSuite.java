package org.convlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once and writes {@code summary.csv}, {@code summary.md} and JMH's own
 * {@code jmh.json} (and {@code jmh-vector.json} for the forward pass with the Vector API) to the
 * folder given as the first argument.
 *
 * <p>Settings, as system properties: {@code bench.include} (a regex over benchmark names, default
 * all), {@code bench.warmup} and {@code bench.iterations} (default 3 and 5), {@code bench.seconds}
 * per iteration (default 1). With the defaults the 51 single-channel runs of the first version took
 * about 10 minutes on 2 cores; the 18 multi-channel runs add about 3.
 */
public final class BenchSuite {
    private BenchSuite() {
    }

    /**
     * Runs the suite.
     *
     * @param args the output folder
     * @throws RunnerException if JMH fails
     * @throws IOException     if the summary cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Paths.get(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadBefore = Machine.loadAverage();
        int seconds = Integer.getInteger("bench.seconds", 1);
        String include = System.getProperty("bench.include", "org\\.convlab\\.bench\\..*Benchmark");
        Options options = settings(seconds).include(include).result(out.resolve("jmh.json").toString()).build();
        List<Row> rows = new ArrayList<>();
        for (RunResult result : new Runner(options).run()) {
            rows.add(Row.of(result));
        }
        if (Pattern.compile(include).matcher(ForwardBenchmark.class.getName()).find()) {
            // The Vector API path is opt-in (resolving the incubator module prints a warning at
            // launch), so it is timed in forks of its own that resolve it, as "convlab-vector".
            Options vector = settings(seconds).include(ForwardBenchmark.class.getName())
                    .param("impl", Peers.CONVLAB)
                    .jvmArgsAppend("--add-modules=jdk.incubator.vector")
                    .result(out.resolve("jmh-vector.json").toString())
                    .build();
            for (RunResult result : new Runner(vector).run()) {
                Row r = Row.of(result);
                rows.add(new Row(r.benchmark(), Summary.CONVLAB_VECTOR, r.size(), r.kernel(), r.msPerOp(),
                        r.errorMs()));
            }
        }
        Files.writeString(out.resolve("summary.csv"), Summary.csv(rows), StandardCharsets.UTF_8);
        String header = String.format(Locale.ROOT,
                "Started %s. %s. JMH 1.37, 1 fork, %d warm-up and %d measured iterations of %d s; "
                        + "load average %s before, %s after (the machine is shared).",
                started, Machine.describe(), options.getWarmupIterations().orElse(0),
                options.getMeasurementIterations().orElse(0), seconds, loadBefore, Machine.loadAverage());
        Files.writeString(out.resolve("summary.md"), Summary.markdown(rows, header), StandardCharsets.UTF_8);
        System.out.println(Summary.markdown(rows, header));
    }

    /** The settings every run shares: forks, iterations, heap and the sizes asked for. */
    private static ChainedOptionsBuilder settings(int seconds) {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .forks(1)
                .warmupIterations(Integer.getInteger("bench.warmup", 3))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgs("-Xms2g", "-Xmx2g", "-Djava.awt.headless=true")
                .resultFormat(ResultFormatType.JSON);
        String shapes = System.getProperty("bench.shape", "");
        if (!shapes.isBlank()) {
            // for example -Dbench.shape=6x8/1x2 to time the chapter's case alone
            builder = builder.param("shape", shapes.split(","));
        }
        return builder;
    }

    /** One line of the summary. */
    record Row(String benchmark, String impl, String size, String kernel, double msPerOp, double errorMs) {
        static Row of(RunResult result) {
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            String benchmark = "step".equals(method) ? "train_step" : method;
            String impl = result.getParams().getParam("impl");
            double ms = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            String shapeText = result.getParams().getParam("shape");
            if (shapeText == null) {
                // the multi-channel benchmarks name their case "layer"
                LayerShape layer = LayerShape.parse(result.getParams().getParam("layer"));
                return new Row(benchmark, impl, layer.size(), layer.kernel(), ms, error);
            }
            Shape shape = Shape.parse(shapeText);
            return new Row(benchmark, impl, shape.size(), shape.kernel(), ms, error);
        }
    }
}
