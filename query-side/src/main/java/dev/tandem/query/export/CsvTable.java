package dev.tandem.query.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as RFC 4180 CSV, for spreadsheets: text that a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so an exported name cannot run.
 */
public final class CsvTable {

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;

    public CsvTable(String... header) {
        try {
            printer = new CSVPrinter(
                    text, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers are written as they are, text defused; null is an empty cell. */
    public CsvTable row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvTable::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An attachment with the given file name, UTF-8. */
    public ResponseEntity<String> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static Object cell(Object value) {
        if (value instanceof String string && FORMULA.matcher(string).matches()) {
            return "'" + string;
        }
        return value == null ? "" : value;
    }
}
