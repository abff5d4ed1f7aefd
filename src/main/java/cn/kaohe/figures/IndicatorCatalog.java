package cn.kaohe.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.kaohe.text.Names;
import cn.kaohe.text.TextFiles;

/** The indicator vocabulary ({@code indicators.csv}: 名称,单位,别名[,可多行]), looked up by name or alias. */
public final class IndicatorCatalog {

    private final Map<String, Indicator> byKey = new LinkedHashMap<>();
    private final List<Indicator> indicators;

    public IndicatorCatalog(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        indicators.forEach(i -> byKey.put(Names.key(i.name()), i));
        indicators.forEach(i -> i.aliases().forEach(a -> byKey.putIfAbsent(Names.key(a), i)));
    }

    /** The vocabulary shipped with the application. */
    public static IndicatorCatalog standard() {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream("/indicators.csv")) {
            List<Indicator> list = new ArrayList<>();
            List<TextFiles.Row> rows = TextFiles.csvRows(TextFiles.decode(in.readAllBytes()));
            for (TextFiles.Row row : rows.subList(1, rows.size())) {
                if (!row.isBlank()) {
                    List<String> aliases = Arrays.stream(row.cell(2).split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList();
                    list.add(new Indicator(row.cell(0), row.cell(1), aliases, "是".equals(row.cell(3))));
                }
            }
            return new IndicatorCatalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Indicator> find(String nameOrAlias) {
        return Optional.ofNullable(byKey.get(Names.key(nameOrAlias)));
    }

    public Optional<String> suggest(String typed) {
        List<String> names = new ArrayList<>();
        indicators.forEach(i -> {
            names.add(i.name());
            names.addAll(i.aliases());
        });
        return Names.nearest(typed, names).flatMap(this::find).map(Indicator::name);
    }

    public List<Indicator> indicators() {
        return indicators;
    }
}
