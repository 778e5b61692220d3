/**
 * ConvLab: a desktop lab for 2-D cross-correlation, after D2L section 6.2.
 * Layers point one way: ui -> model -> core; cli and io sit beside model on core.
 */
module org.convlab {
    requires ejml.core;
    requires ejml.fdense;
    requires java.logging;
    requires java.prefs;
    requires java.desktop;
    requires javafx.controls;
    requires javafx.swing;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    // opt-in fast path (core/VectorPath): read only when the JVM is started with --add-modules
    requires static jdk.incubator.vector;

    exports org.convlab.core;
    exports org.convlab.io;
    exports org.convlab.model;
    exports org.convlab.model.lesson;
    exports org.convlab.ui to javafx.graphics;
    opens org.convlab.ui to javafx.graphics;
}
