package org.convlab.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFileTest {
    @TempDir
    Path dir;

    @Test
    void writtenSessionIsFoundUntilDeleted() throws Exception {
        RecoveryFile r = new RecoveryFile(dir.resolve("state/recovery.convlab"));
        assertTrue(r.find().isEmpty());
        Session s = SessionFileTest.randomSession(9);
        r.write(s);
        SessionFileTest.assertSameSession(s, r.find().orElseThrow());
        r.delete();
        assertFalse(Files.exists(r.path()));
        assertTrue(r.find().isEmpty());
    }

    @Test
    void workOfSeveralChannelsIsRecoveredWithEveryChannel() throws Exception {
        RecoveryFile r = new RecoveryFile(dir.resolve("state/recovery.convlab"));
        for (long seed = 0; seed < 6; seed++) {
            Session s = SessionChannelsTest.randomChannelSession(seed);
            r.write(s);
            assertEquals(s.workspace(), r.find().orElseThrow().workspace(), "seed " + seed);
        }
    }

    @Test
    void theRecoveryPointRemembersItsDocumentUntilDeleted() throws Exception {
        RecoveryFile r = new RecoveryFile(dir.resolve("state/recovery.convlab"));
        Path doc = dir.resolve("class/lesson.convlab");
        r.write(SessionFileTest.randomSession(3), doc);
        assertEquals(java.util.Optional.of(doc.toAbsolutePath()), r.document());
        r.write(SessionFileTest.randomSession(4), null);
        assertTrue(r.document().isEmpty(), "a new document written later has no file");
        r.write(SessionFileTest.randomSession(5), doc);
        r.delete();
        assertTrue(r.document().isEmpty());
    }

    @Test
    void corruptRecoveryFileIsNotOffered() throws Exception {
        RecoveryFile r = new RecoveryFile(dir.resolve("recovery.convlab"));
        Files.writeString(r.path(), "{\"format\": \"convlab-session\", \"vers");
        assertEquals(true, r.find().isEmpty());
    }
}
