package org.bridgework.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered parameters ({@code ?1}, {@code ?2}) for a driver that knows only plain ones: the SQL gets a plain
 * {@code ?} at each place, and a value set for number n is set at every place that named n. Our statements
 * hold no question marks inside string literals, which keeps the rewriting simple.
 */
final class NumberedParameters {
    private NumberedParameters() {
    }

    /** The SQL with plain parameters, and for each number (from 1) the places it stands at. */
    record Rewritten(String sql, List<List<Integer>> places) {
    }

    static Rewritten rewrite(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<List<Integer>> places = new ArrayList<>();
        int place = 0;
        int next = 1;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '?') {
                out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                end++;
            }
            int number = end > i + 1 ? Integer.parseInt(sql.substring(i + 1, end)) : next;
            next = number + 1;
            while (places.size() < number) {
                places.add(new ArrayList<>());
            }
            places.get(number - 1).add(++place);
            out.append('?');
            i = end - 1;
        }
        return new Rewritten(out.toString(), places);
    }

    static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        Rewritten rewritten = rewrite(sql);
        boolean plain = true;
        for (int n = 0; n < rewritten.places().size(); n++) {
            plain &= rewritten.places().get(n).equals(List.of(n + 1));
        }
        PreparedStatement statement = connection.prepareStatement(rewritten.sql());
        if (plain) {
            return statement;
        }
        InvocationHandler handler = (proxy, method, args) -> invoke(statement, rewritten, method, args);
        return (PreparedStatement) Proxy.newProxyInstance(NumberedParameters.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    /** A setter ({@code setLong(n, value)}, {@code setNull(n, type)} …) goes to every place of number n. */
    private static Object invoke(PreparedStatement statement, Rewritten rewritten, Method method, Object[] args)
            throws Throwable {
        try {
            boolean setter = (method.getName().startsWith("set")) && args != null && args.length >= 2
                    && method.getParameterTypes()[0] == int.class;
            if (!setter) {
                return method.invoke(statement, args);
            }
            int number = (Integer) args[0];
            if (number < 1 || number > rewritten.places().size()) {
                throw new SQLException("no parameter number " + number + " in: " + rewritten.sql());
            }
            for (int place : rewritten.places().get(number - 1)) {
                Object[] at = args.clone();
                at[0] = place;
                method.invoke(statement, at);
            }
            return null;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
