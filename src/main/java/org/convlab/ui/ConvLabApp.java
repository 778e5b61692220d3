package org.convlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.convlab.model.Workspace;

/** The ConvLab window. */
public final class ConvLabApp extends Application {
    /**
     * Launches the window and returns when it closes.
     *
     * @param args the program's arguments (a session file, or none)
     */
    public static void start(String[] args) {
        Application.launch(ConvLabApp.class, args);
    }

    /**
     * Gives a scene ConvLab's look, and for Chinese the fonts that show it.
     *
     * @param scene the scene
     */
    public static void addStylesheets(Scene scene) {
        scene.getStylesheets().add(ConvLabApp.class.getResource("convlab.css").toExternalForm());
        if (Texts.locale().getLanguage().equals("zh")) {
            scene.getStylesheets().add(ConvLabApp.class.getResource("convlab-zh.css").toExternalForm());
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(new Workspace());
        Scene scene = new Scene(window.root(), 1280, 800);
        addStylesheets(scene);
        stage.setTitle("ConvLab");
        // Every size the renderer makes for windows: the desktop picks the one it needs (title bar, task switcher).
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(ConvLabApp.class.getResource("icons/convlab-" + size + ".png").toExternalForm()));
        }
        stage.setScene(scene);
        stage.show();
    }
}
