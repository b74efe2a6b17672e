package app.atelier.core.plugins;

/** A plugin threw; the cause is the plugin's own exception. */
public final class PluginCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pluginId;

    public PluginCallException(String pluginId, String operation, Throwable cause) {
        super("plugin " + pluginId + " failed in " + operation + ": " + cause.getMessage(), cause);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
