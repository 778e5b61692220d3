package org.convlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * Names undo steps for the Edit menu. A step's description key may come from any area of the
 * window (the workspace, training), so the key is looked up in each area's bundle in turn.
 */
final class StepNames {
    private final List<Texts> bundles = new ArrayList<>();

    StepNames(String... bundleNames) {
        for (String name : bundleNames) {
            try {
                bundles.add(Texts.of(name));
            } catch (MissingResourceException e) {
                // An area without a bundle simply names no steps.
            }
        }
    }

    /**
     * The name of a step.
     *
     * @param key its description key
     * @return the name in the user's language, or {@code <key>}
     */
    String of(String key) {
        for (Texts t : bundles) {
            String s = t.get(key);
            if (!s.equals("<" + key + ">")) {
                return s;
            }
        }
        return "<" + key + ">";
    }
}
