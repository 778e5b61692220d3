package org.convlab.model.session;

import java.util.Random;
import org.convlab.io.HostileMutations;
import org.junit.jupiter.api.Test;

/** Fuzzes the session loader: every mutated session opens or is refused with a one-line SessionFormatException. */
class SessionFuzzTest {
    @Test
    void sessionIsOpenedOrRefusedWithItsOwnOneLineMessage() {
        Random r = new Random(15);
        for (int i = 0; i < 400; i++) {
            String text = HostileMutations.mutate(r, SessionFile.toJson(SessionFileTest.randomSession(i % 5)));
            HostileMutations.load(i, () -> {
                try {
                    SessionFile.fromJson("s.convlab", text);
                    return null;
                } catch (SessionFormatException e) {
                    return e.getMessage();
                }
            });
        }
    }
}
