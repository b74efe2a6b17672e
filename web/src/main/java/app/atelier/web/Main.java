package app.atelier.web;

import app.atelier.core.AtelierCore;
import app.atelier.core.CoreConfig;
import app.atelier.core.db.Database;
import app.atelier.web.demo.DemoSeeder;
import app.atelier.web.demo.OperatorAccount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * {@code java -jar atelier.jar [--port 7070] [--data ./data] [--plugins <jar folder>/plugins]
 * [--db-url jdbc:postgresql://…] [--demo]}; each flag also reads from ATELIER_PORT, ATELIER_DATA,
 * ATELIER_PLUGINS, ATELIER_DB_URL, ATELIER_DEMO=true. Without a database URL the data is a SQLite
 * file in the data folder.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        Settings s = Settings.parse(args, System.getenv(), defaultPluginsDir());
        AtelierCore core = new AtelierCore(new CoreConfig(s.data(), s.plugins(), apiVersion(), Clock.systemUTC(),
                Duration.ofMillis(500), s.dbUrl())).start();
        new OperatorAccount(core).ensure(System.getenv("ATELIER_OPERATOR_EMAIL"), System.getenv("ATELIER_OPERATOR_PASSWORD"));
        AtelierApp app = AtelierApp.create(core).start(s.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "atelier-shutdown"));
        System.out.printf("Atelier CRM listening on http://localhost:%d (started in %d ms; data %s, plugins %s)%n",
                app.port(), (System.nanoTime() - started) / 1_000_000,
                s.dbUrl() == null ? s.data().toAbsolutePath() : Database.redact(s.dbUrl()), s.plugins().toAbsolutePath());
        // seeding takes a few seconds on first start; the server already answers /health meanwhile
        if (s.demo()) {
            new DemoSeeder(core).seed(System.getenv("ATELIER_DEMO_PASSWORD"), java.net.URI.create("http://localhost:" + app.port()));
        }
    }

    /** The plugin-api version this host provides, from the plugin-api jar itself. */
    static String apiVersion() throws IOException {
        try (InputStream in = Main.class.getResourceAsStream("/app/atelier/api/api-version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    /** {@code plugins/} beside the running jar, or {@code ./plugins} when run from classes. */
    private static Path defaultPluginsDir() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location.getParent().resolve("plugins");
            }
        } catch (Exception e) {
            // fall through to the working directory
        }
        return Path.of("plugins");
    }
}
