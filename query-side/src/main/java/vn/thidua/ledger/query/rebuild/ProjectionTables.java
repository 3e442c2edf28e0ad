package vn.thidua.ledger.query.rebuild;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The tables of a projection, and where a copy of it writes: the live tables, or the same tables with a
 * suffix while a rebuild fills them beside the live ones. Projections write their SQL with the live names and
 * pass it through {@link #sql(String)}.
 */
public final class ProjectionTables {

    public static final String REBUILD_SUFFIX = "__rebuild";

    private final List<String> tables;
    private final String suffix;
    private final boolean keysOnly;
    private final Pattern names;
    /** The projections' SQL is a handful of constants; a rebuild renames each of them thousands of times. */
    private final Map<String, String> renamed = new ConcurrentHashMap<>();

    private ProjectionTables(List<String> tables, String suffix, boolean keysOnly) {
        this.tables = List.copyOf(tables);
        this.suffix = suffix;
        this.keysOnly = keysOnly;
        this.names = Pattern.compile("\\b(" + String.join("|", tables) + ")\\b");
    }

    public static ProjectionTables live(List<String> tables) {
        return new ProjectionTables(tables, "", false);
    }

    /**
     * These tables, of a projection whose statements find rows by their keys only (primary keys and unique
     * indexes): a rebuild builds their other indexes once the copy is filled, which costs less than keeping them
     * up to date row by row.
     */
    public ProjectionTables readByKeysOnly() {
        return new ProjectionTables(tables, suffix, true);
    }

    public ProjectionTables rebuilding() {
        return new ProjectionTables(tables, REBUILD_SUFFIX, keysOnly);
    }

    /** Whether a rebuild may build the tables' non-unique indexes after filling them. */
    public boolean readsByKeysOnly() {
        return keysOnly;
    }

    public List<String> tables() {
        return tables;
    }

    public boolean isLive() {
        return suffix.isEmpty();
    }

    /** {@code sql} with this copy's table names. */
    public String sql(String sql) {
        return suffix.isEmpty() ? sql
                : renamed.computeIfAbsent(sql, live -> names.matcher(live).replaceAll("$1" + suffix));
    }
}
