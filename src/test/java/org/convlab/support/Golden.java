package org.convlab.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/** The golden vectors copied from shared/golden (scipy / numpy, float64) into test resources. */
public final class Golden {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Golden() {
    }

    /** One JSON object a line of golden/NAME.jsonl. */
    public static List<JsonNode> cases(String name) {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name + ".jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    cases.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** A nested JSON array as a matrix. */
    public static FMatrixRMaj matrix(JsonNode rows) {
        FMatrixRMaj m = new FMatrixRMaj(rows.size(), rows.get(0).size());
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                m.set(i, j, (float) rows.get(i).get(j).asDouble());
            }
        }
        return m;
    }

    /** The text of a golden resource file. */
    public static String text(String path) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
