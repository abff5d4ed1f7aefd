package cn.kaohe.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;

/**
 * Writes a published ruleset back into the rules directory, so that the files policy staff edit are
 * always the live ones (a table edited in the web, a rollback). Only rule files are touched; a
 * README stays. Each file is written to a temporary name and moved into place.
 */
final class RulesDirectory {

    private RulesDirectory() {
    }

    /** @return how many files were written or removed */
    static int write(Path dir, List<Ruleset.RuleFile> files) {
        try {
            Map<String, String> wanted = files.stream().collect(Collectors.toMap(Ruleset.RuleFile::path, Ruleset.RuleFile::content));
            Map<String, String> present = Files.isDirectory(dir)
                    ? RulesetLoader.read(dir).stream().collect(Collectors.toMap(Ruleset.RuleFile::path, Ruleset.RuleFile::content))
                    : Map.of();
            int changed = 0;
            for (Map.Entry<String, String> f : wanted.entrySet()) {
                if (f.getValue().equals(present.get(f.getKey()))) {
                    continue;
                }
                Path target = dir.resolve(f.getKey()).normalize();
                if (!target.startsWith(dir.normalize())) {
                    throw new IllegalArgumentException("规则文件路径不在规则目录内：" + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.writeString(temp, f.getValue(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed++;
            }
            for (String path : present.keySet()) {
                if (!wanted.containsKey(path)) {
                    Files.deleteIfExists(dir.resolve(path));
                    changed++;
                }
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入规则目录 " + dir + "：" + e.getMessage(), e);
        }
    }
}
