package app.atelier.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stability marker carried by every public type of the plugin API.
 *
 * <p>A {@link Stability#STABLE} type keeps source and binary compatibility for the whole
 * major version of the API (1.x): methods may be added with defaults, record components may be
 * appended, nothing is removed. An {@link Stability#INCUBATING} type may still change in a minor
 * release; a plugin that uses one should pin a narrower {@code Plugin-Requires} range.
 *
 * @since 1.0.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
@ApiStatus(value = ApiStatus.Stability.STABLE, since = "1.0.0")
public @interface ApiStatus {

    /** How stable the annotated type is. */
    Stability value();

    /** The plugin-api version that introduced the type, e.g. {@code "1.0.0"}. */
    String since();

    /**
     * Stability levels.
     *
     * @since 1.0.0
     */
    @ApiStatus(value = Stability.STABLE, since = "1.0.0")
    enum Stability {
        /** Compatible across the whole major version. */
        STABLE,
        /** May change in a minor version; feedback welcome. */
        INCUBATING
    }
}
