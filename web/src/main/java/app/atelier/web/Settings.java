package app.atelier.web;

import java.nio.file.Path;
import java.util.Map;

/** Command-line flags, each falling back to an environment variable, then to a default. */
record Settings(int port, Path data, Path plugins, boolean demo, String dbUrl) {

    static Settings parse(String[] args, Map<String, String> env, Path defaultPlugins) {
        String port = env.getOrDefault("ATELIER_PORT", "7070");
        String data = env.getOrDefault("ATELIER_DATA", "data");
        String plugins = env.get("ATELIER_PLUGINS");
        boolean demo = "true".equalsIgnoreCase(env.get("ATELIER_DEMO"));
        String dbUrl = env.get("ATELIER_DB_URL");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = value(args, ++i, "--port");
                case "--data" -> data = value(args, ++i, "--data");
                case "--plugins" -> plugins = value(args, ++i, "--plugins");
                case "--demo" -> demo = true;
                case "--db-url" -> dbUrl = value(args, ++i, "--db-url");
                default -> throw new IllegalArgumentException("unknown flag " + args[i]
                        + "; use --port N, --data DIR, --plugins DIR, --db-url jdbc:postgresql://…, --demo");
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not " + port);
        }
        if (dbUrl != null && dbUrl.isBlank()) {
            dbUrl = null;
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db-url must be a jdbc:postgresql://host:port/database?user=…&password=… URL"
                    + " (leave it out for the SQLite file in the data folder)");
        }
        return new Settings(portNumber, Path.of(data), plugins == null ? defaultPlugins : Path.of(plugins), demo, dbUrl);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
