package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.support.Golden;
import org.junit.jupiter.api.Test;

/** {@code convlab d2l} prints the seed's outputs character for character. */
class D2lCommandIT {
    /** The printed outputs of the chapter, in order: every tensor, and the training lines as one block. */
    static List<String> seedOutputs() {
        String seed = Golden.text("d2l/seed_section_6_2.txt");
        Matcher m = Pattern.compile("^tensor\\(.*?\\]\\)$|^(epoch \\d+, loss [\\d.]+\\n?)+", Pattern.MULTILINE | Pattern.DOTALL)
                .matcher(seed);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group().strip());
        }
        return blocks;
    }

    @Test
    void seedHasTheSixOutputsTheIssueLists() {
        List<String> blocks = seedOutputs();
        assertEquals(6, blocks.size(), String.join("\n---\n", blocks));
        assertTrue(blocks.get(4).startsWith("epoch 1, loss 4.573"));
    }

    @Test
    void printsEveryOutputOfTheSectionAsTheBookDoes() throws Exception {
        Launcher.Result r = Launcher.run(Path.of("."), "d2l");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(String.join("\n\n", seedOutputs()) + "\n", r.out());
    }
}
