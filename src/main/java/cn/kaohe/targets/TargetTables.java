package cn.kaohe.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.kaohe.rules.Ruleset;

/**
 * Which files of a ruleset are targets tables the web may edit, and a ruleset's files with one table
 * replaced. Only these tables' rows are ever taken from the web; every other rule file stays as it is.
 */
public final class TargetTables {

    private static final Pattern INDUSTRIAL = Pattern.compile("industrial/targets-[^/]+\\.drl\\.csv");

    private TargetTables() {
    }

    public static boolean isTargetTable(String path) {
        return path != null && INDUSTRIAL.matcher(path).matches();
    }

    /** The targets tables among a ruleset's files, by path. */
    public static List<String> paths(List<Ruleset.RuleFile> files) {
        return files.stream().map(Ruleset.RuleFile::path).filter(TargetTables::isTargetTable).sorted().toList();
    }

    /**
     * @throws IllegalArgumentException when the path is not a targets table of these files
     */
    public static TargetTable read(List<Ruleset.RuleFile> files, String path) {
        if (!isTargetTable(path)) {
            throw new IllegalArgumentException("“" + path + "”不是可以在网页上修改的目标表（只能修改 industrial/targets-*.drl.csv）");
        }
        return files.stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .map(f -> TargetTable.read(path, f.content()))
                .orElseThrow(() -> new IllegalArgumentException("现行规则中没有目标表 " + path));
    }

    /** The files with the targets table at {@code path} given new content; nothing else changes. */
    public static List<Ruleset.RuleFile> replace(List<Ruleset.RuleFile> files, String path, String content) {
        if (!isTargetTable(path)) {
            throw new IllegalArgumentException("“" + path + "”不是目标表");
        }
        List<Ruleset.RuleFile> out = new ArrayList<>();
        boolean found = false;
        for (Ruleset.RuleFile f : files) {
            if (f.path().equals(path)) {
                out.add(new Ruleset.RuleFile(path, content));
                found = true;
            } else {
                out.add(f);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("现行规则中没有目标表 " + path);
        }
        return out;
    }

    /** The zone types a table's targets are for: the industrial tables' are for 工业类 zones. */
    public static Set<String> zoneTypes(String path) {
        return path.startsWith("industrial/") ? Set.of("工业类") : Set.of();
    }
}
