package org.bridgework.offsite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of one workbook's encrypted copies in the off-disk folder: {@code <stem>-daily-<yyyyMMdd>.db.gpg}
 * after the daily backup, {@code <stem>-copy-<yyyyMMdd-HHmmss>.db.gpg} from File → Back up now to…. Matched
 * exactly, so other files in the folder (another workbook's, the user's own) are never listed nor removed.
 */
final class OffsiteNames {
    static final String SUFFIX = ".db.gpg";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withResolverStyle(ResolverStyle.STRICT);

    private final String stem;
    private final Pattern daily;
    private final Pattern onDemand;

    private OffsiteNames(String stem) {
        this.stem = stem;
        String quoted = Pattern.quote(stem);
        daily = Pattern.compile(quoted + "-daily-(\\d{8})\\.db\\.gpg");
        onDemand = Pattern.compile(quoted + "-copy-(\\d{8}-\\d{6})\\.db\\.gpg");
    }

    static OffsiteNames of(Path workbook) {
        return new OffsiteNames(workbook.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
    }

    String daily(LocalDate day) {
        return stem + "-daily-" + DAY.format(day) + SUFFIX;
    }

    String onDemand(LocalDateTime at) {
        return stem + "-copy-" + STAMP.format(at) + SUFFIX;
    }

    Optional<LocalDate> dailyDay(String fileName) {
        return parse(daily, fileName, DAY).map(LocalDate::from);
    }

    Optional<LocalDateTime> onDemandTime(String fileName) {
        return parse(onDemand, fileName, STAMP).map(LocalDateTime::from);
    }

    private static Optional<java.time.temporal.TemporalAccessor> parse(Pattern pattern, String fileName,
                                                                      DateTimeFormatter format) {
        Matcher matcher = pattern.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(format.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
