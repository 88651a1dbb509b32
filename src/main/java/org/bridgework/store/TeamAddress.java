package org.bridgework.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a team workbook is: {@code postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE&schema=SCHEMA}, the form
 * {@code --workbook} and the recent list take. It never holds a password: that comes from {@code PGPASSWORD},
 * from {@code ~/.pgpass}, or is asked for each time, and Bridgework never writes it down.
 *
 * @param sslMode PostgreSQL's TLS mode (disable, allow, prefer, require, verify-ca, verify-full)
 * @param schema  the schema the workbook's tables live in; {@value #DEFAULT_SCHEMA} unless given
 */
public record TeamAddress(String user, String host, int port, String database, String sslMode, String schema) {
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_SCHEMA = "bridgework";
    public static final String DEFAULT_SSL_MODE = "verify-full";
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** A plain identifier, so the schema's name never needs quoting nor lets SQL in. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public TeamAddress {
        require(!user.isBlank(), "a user name is needed (postgresql://USER@HOST/DATABASE)");
        require(!host.isBlank(), "a host is needed");
        require(port > 0 && port < 65536, "the port must be between 1 and 65535");
        require(!database.isBlank(), "a database name is needed");
        require(SSL_MODES.contains(sslMode), "sslmode must be one of " + String.join(", ", SSL_MODES.stream().sorted().toList()));
        require(SCHEMA.matcher(schema).matches(), "the schema must be lower-case letters, digits and _");
    }

    /** True if {@code text} is written as a server's address rather than a file's path. */
    public static boolean looksLike(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * An address as a path folds it ({@code postgresql:/user@host/db}: a path's "//" becomes "/"); this puts the
     * slash back, so {@code --workbook} can take an address where it reads a path. Anything else is returned as is:
     * no file's name starts so.
     */
    public static String unfold(String text) {
        int colon = text.indexOf(":/");
        if (colon < 0 || text.startsWith("//", colon + 1)) {
            return text;
        }
        String unfolded = text.substring(0, colon) + "://" + text.substring(colon + 2);
        return looksLike(unfolded) ? unfolded : text;
    }

    /**
     * Reads an address. Without sslmode the server is asked for verify-full (TLS, and the server's certificate
     * checked against its name), the safe choice; {@code sslmode=disable} is for a server on this computer.
     *
     * @throws IllegalArgumentException with a plain-words reason
     */
    public static TeamAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a server address: " + e.getReason());
        }
        require(looksLike(text.strip()), "a team workbook's address starts with postgresql://");
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        require(!userInfo.contains(":"), "the address must not hold a password: use PGPASSWORD or ~/.pgpass");
        Map<String, String> query = query(uri.getRawQuery());
        for (String key : query.keySet()) {
            require(key.equals("sslmode") || key.equals("schema"), "unknown setting in the address: " + key);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        return new TeamAddress(decode(userInfo), uri.getHost() == null ? "" : uri.getHost(),
                uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path.startsWith("/") ? path.substring(1) : path,
                query.getOrDefault("sslmode", DEFAULT_SSL_MODE), query.getOrDefault("schema", DEFAULT_SCHEMA));
    }

    /** The address in the form {@link #parse} reads, every setting spelt out. */
    @Override
    public String toString() {
        return "postgresql://" + encode(user) + "@" + hostPart() + ":" + port + "/" + encode(database)
                + "?sslmode=" + sslMode + "&schema=" + schema;
    }

    /** What the title shows: {@code DATABASE@HOST}, with the schema when it is not the default one. */
    public String displayName() {
        return database + (schema.equals(DEFAULT_SCHEMA) ? "" : "/" + schema) + "@" + host;
    }

    /** The driver's URL; the user, password and TLS mode go in as properties. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + hostPart() + ":" + port + "/" + encode(database);
    }

    private String hostPart() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            require(equals > 0, "a setting in the address has no value: " + pair);
            result.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return result;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new IllegalArgumentException(reason);
        }
    }
}
