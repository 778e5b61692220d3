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
            // every other seed a version 3 file of several channels, whose nesting goes a level deeper
            Session seed = i % 2 == 0 ? SessionFileTest.randomSession(i % 5)
                    : SessionChannelsTest.randomChannelSession(i % 7);
            String text = HostileMutations.mutate(r, SessionFile.toJson(seed));
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
