package cn.kaohe.targets;

import java.util.Arrays;
import java.util.Optional;

import cn.kaohe.text.Names;

/**
 * Which of a targets file's three tables a row belongs to. A 通用 or 示例 row is the default for every
 * zone of a type; a 个别 row is an exception for one zone and outranks the default.
 */
public enum TargetKind {
    GENERAL("省定通用", "省定", "Target.provincial("),
    ZONE("省定个别", "省定", "Target.provincialForZone("),
    EXAMPLE("示例", "示例", "Target.example(");

    private final String label;
    private final String basis;
    private final String action;

    TargetKind(String label, String basis, String action) {
        this.label = label;
        this.basis = basis;
        this.action = action;
    }

    /** What the 类别 column says: 省定通用, 省定个别 or 示例. */
    public String label() {
        return label;
    }

    /** What a result says of its target: 省定 or 示例. */
    public String basis() {
        return basis;
    }

    /** True for the targets that apply to every zone of a type (省定通用 and 示例). */
    public boolean isDefault() {
        return this != ZONE;
    }

    /** The kind a 类别 cell names; also accepts 通用, 个别 and 示例目标. */
    public static Optional<TargetKind> of(String text) {
        String t = Names.key(text == null ? "" : text);
        return Arrays.stream(values())
                .filter(k -> k.label.equals(t) || k.label.substring(k == EXAMPLE ? 0 : 2).equals(t) || (k.label + "目标").equals(t))
                .findFirst();
    }

    /** The kind a RuleTable's ACTION template inserts, if it inserts one of these targets. */
    static Optional<TargetKind> ofAction(String template) {
        return Arrays.stream(values()).filter(k -> template.contains(k.action)).findFirst();
    }
}
