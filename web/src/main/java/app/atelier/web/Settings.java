package app.atelier.web;

import java.nio.file.Path;
import java.util.Map;

/** Command-line flags, each falling back to an environment variable, then to a default. */
record Settings(int port, Path data, Path plugins, boolean demo) {

    static Settings parse(String[] args, Map<String, String> env, Path defaultPlugins) {
        String port = env.getOrDefault("ATELIER_PORT", "7070");
        String data = env.getOrDefault("ATELIER_DATA", "data");
        String plugins = env.get("ATELIER_PLUGINS");
        boolean demo = "true".equalsIgnoreCase(env.get("ATELIER_DEMO"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = value(args, ++i, "--port");
                case "--data" -> data = value(args, ++i, "--data");
                case "--plugins" -> plugins = value(args, ++i, "--plugins");
                case "--demo" -> demo = true;
                default -> throw new IllegalArgumentException("unknown flag " + args[i]
                        + "; use --port N, --data DIR, --plugins DIR, --demo");
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not " + port);
        }
        return new Settings(portNumber, Path.of(data), plugins == null ? defaultPlugins : Path.of(plugins), demo);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
