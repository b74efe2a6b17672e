package app.atelier.core.plugins;

/**
 * What the operator sees of an installed plugin.
 *
 * @param id          plugin id
 * @param version     plugin version
 * @param state       {@code started}, {@code stopped}, {@code failed}
 * @param error       why it failed, or {@code null}
 * @param description the plugin's description
 * @param requires    the plugin-api range it requires
 * @param pendingUpgrade the version of a jar an older host staged for the next restart, or {@code null}
 */
public record PluginStatus(String id, String version, String state, String error, String description, String requires,
                           String pendingUpgrade) {
}
