package cn.kaohe.zone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.kaohe.text.Names;
import cn.kaohe.text.TextFiles;

/**
 * The registered subjects ({@code data/zones.csv}: 名称,类型,所属市,别名[,所属开发区]), looked up by name
 * or alias.
 */
public final class ZoneRegistry {

    static final List<String> HEADER = List.of("名称", "类型", "所属市", "别名");

    private final List<Zone> zones;
    private final Map<String, Zone> byKey = new LinkedHashMap<>();
    /** Every name and alias normalised once, built on the first suggestion (benign race: built twice at worst). */
    private volatile Names.Index names;

    public ZoneRegistry(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        for (Zone zone : zones) {
            byKey.put(Names.key(zone.name()), zone);
        }
        for (Zone zone : zones) {
            zone.aliases().forEach(alias -> byKey.putIfAbsent(Names.key(alias), zone));
        }
    }

    /** Reads a registry file; a malformed one is refused with its line and the reason. */
    public static ZoneRegistry load(Path file) {
        List<TextFiles.Row> rows;
        try {
            rows = TextFiles.csvRows(TextFiles.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取开发区名录 " + file + "：" + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("开发区名录 " + file + " " + e.getMessage(), e);
        }
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::strip).toList().subList(0, Math.min(4, rows.get(0).cells().size())).equals(HEADER)) {
            throw new IllegalArgumentException("开发区名录 " + file + " 第1行应为表头“名称,类型,所属市,别名[,所属开发区]”");
        }
        List<Zone> zones = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (TextFiles.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String name = row.cell(0);
            String type = row.cell(1);
            if (name.isEmpty() || type.isEmpty()) {
                throw new IllegalArgumentException("开发区名录 " + file + " 第" + row.line() + "行：名称和类型不能为空");
            }
            Integer earlier = seen.putIfAbsent(Names.key(name), row.line());
            if (earlier != null) {
                throw new IllegalArgumentException("开发区名录 " + file + " 第" + row.line() + "行：“" + name + "”与第" + earlier + "行重复");
            }
            List<String> aliases = Arrays.stream(row.cell(3).split("[;；]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            zones.add(new Zone(name, type, row.cell(2), aliases, row.cell(4)));
        }
        return new ZoneRegistry(zones);
    }

    public Optional<Zone> find(String nameOrAlias) {
        return Optional.ofNullable(byKey.get(Names.key(nameOrAlias)));
    }

    /** The registered name closest to what was typed, for a "did you mean" hint. */
    public Optional<String> suggest(String typed) {
        Names.Index index = names;
        if (index == null) {
            Collection<String> all = new ArrayList<>();
            zones.forEach(z -> {
                all.add(z.name());
                all.addAll(z.aliases());
            });
            names = index = new Names.Index(all);
        }
        return index.nearest(typed).flatMap(this::find).map(Zone::name);
    }

    public List<Zone> zones() {
        return zones;
    }
}
