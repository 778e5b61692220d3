package org.convlab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the runs into the CSV and the markdown table of ratios. */
final class Summary {
    /** ConvLab as shipped, and with the Vector API opted in (a second run, see BenchSuite). */
    static final String CONVLAB_VECTOR = "convlab-vector";
    private static final List<String> OURS = List.of(Peers.CONVLAB, CONVLAB_VECTOR);
    private static final String[] IMPL_ORDER = {Peers.CONVLAB, CONVLAB_VECTOR, Peers.NAIVE, Peers.BOOFCV, Peers.BOOFCV_CONCURRENT,
        ChannelPeers.IM2COL, Peers.IMAGEJ, Peers.CONVOLVE_OP};

    private Summary() {
    }

    static String csv(List<BenchSuite.Row> rows) {
        StringBuilder sb = new StringBuilder("benchmark,impl,size,kernel,ms_per_op,error_ms\n");
        for (BenchSuite.Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6g,%.3g%n", r.benchmark(), r.impl(), r.size(),
                    r.kernel(), r.msPerOp(), r.errorMs()));
        }
        return sb.toString();
    }

    static String markdown(List<BenchSuite.Row> rows, String header) {
        StringBuilder sb = new StringBuilder("# ConvLab benchmarks\n\n").append(header).append("\n\n");
        sb.append("Times in ms per operation (JMH average time). \"Speed-up\" is the fastest peer's time over "
                + "ConvLab's: above 1 means ConvLab is faster. ImageJ and ConvolveOp are speed-only "
                + "references (same-size output, ConvolveOp on 16-bit pixels).\n");
        for (String benchmark : List.of("forward", "backward", "geometry", "maxPool", "channels", "channelsBackward")) {
            Map<String, Map<String, BenchSuite.Row>> byCase = new LinkedHashMap<>();
            Set<String> impls = new LinkedHashSet<>();
            for (String impl : IMPL_ORDER) {
                for (BenchSuite.Row r : rows) {
                    if (r.benchmark().equals(benchmark) && r.impl().equals(impl)) {
                        impls.add(impl);
                    }
                }
            }
            for (BenchSuite.Row r : rows) {
                if (r.benchmark().equals(benchmark)) {
                    byCase.computeIfAbsent(r.size() + " / " + r.kernel(), c -> new LinkedHashMap<>()).put(r.impl(), r);
                }
            }
            if (byCase.isEmpty()) {
                continue;
            }
            sb.append("\n## ").append(benchmark).append("\n\n| size / kernel |");
            for (String impl : impls) {
                sb.append(' ').append(impl).append(" |");
            }
            List<String> ours = new ArrayList<>(OURS);
            ours.retainAll(impls);
            sb.append(" fastest peer |");
            for (String impl : ours) {
                String who = impl.equals(Peers.CONVLAB) ? "" : impl + " ";
                sb.append(' ').append(who).append("speed-up vs fastest peer | ").append(who)
                        .append("speed-up vs boofcv-concurrent |");
            }
            sb.append("\n|---|").append("---:|".repeat(impls.size())).append("---|")
                    .append("---:|---:|".repeat(ours.size())).append('\n');
            for (Map.Entry<String, Map<String, BenchSuite.Row>> c : byCase.entrySet()) {
                sb.append("| ").append(c.getKey()).append(" |");
                for (String impl : impls) {
                    BenchSuite.Row r = c.getValue().get(impl);
                    sb.append(' ').append(r == null ? "" : String.format(Locale.ROOT, "%.4g ± %.2g",
                            r.msPerOp(), r.errorMs())).append(" |");
                }
                BenchSuite.Row fastest = null;
                for (BenchSuite.Row r : c.getValue().values()) {
                    if (!OURS.contains(r.impl()) && (fastest == null || r.msPerOp() < fastest.msPerOp())) {
                        fastest = r;
                    }
                }
                BenchSuite.Row boof = c.getValue().get(Peers.BOOFCV_CONCURRENT);
                sb.append(' ').append(fastest == null ? "" : fastest.impl()).append(" |");
                for (String impl : ours) {
                    BenchSuite.Row mine = c.getValue().get(impl);
                    sb.append(' ').append(ratio(fastest, mine)).append(" | ").append(ratio(boof, mine)).append(" |");
                }
                sb.append('\n');
            }
        }
        List<String> training = new ArrayList<>();
        for (BenchSuite.Row r : rows) {
            if (r.benchmark().equals("train_step")) {
                training.add(String.format(Locale.ROOT, "- %s, %s with a %s kernel: %.3g µs per step "
                                + "(± %.2g), %.3g steps/s",
                        r.impl(), r.size(), r.kernel(), r.msPerOp() * 1e3, r.errorMs() * 1e3, 1e3 / r.msPerOp()));
            }
        }
        if (!training.isEmpty()) {
            sb.append("\n## training (one full gradient-descent step of the chapter's task, no UI)\n\n")
                    .append(String.join("\n", training)).append('\n');
        }
        return sb.toString();
    }

    private static String ratio(BenchSuite.Row peer, BenchSuite.Row convlab) {
        if (peer == null || convlab == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2fx", peer.msPerOp() / convlab.msPerOp());
    }
}
