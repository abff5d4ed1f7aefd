package cn.kaohe.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the text files officials and policy staff hand us: UTF-8 with or without a byte-order mark,
 * or GBK as Excel and WPS save them on Chinese Windows. The charset is decided from the bytes,
 * never from the platform default.
 */
public final class TextFiles {

    /** GB18030 is the superset of GBK, so every GBK file decodes the same with it. */
    public static final Charset GBK = Charset.forName("GB18030");

    private TextFiles() {
    }

    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Decodes UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, otherwise GBK. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    /** A CSV row with the file line it starts on (line 1 is the header). */
    public record Row(int line, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Parses CSV text into rows, keeping each row's starting line number for messages.
     *
     * @throws IllegalArgumentException in Chinese, naming the line, when a quoted cell is never closed
     */
    public static List<Row> csvRows(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        long previousEnd = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.add(new Row((int) previousEnd, List.of(record.values())));
                previousEnd = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("第" + previousEnd + "行：引号没有配对（以引号开头的单元格一直没有结束）", e);
        }
        return rows;
    }
}
