package cn.kaohe.figures;

import java.util.List;

/**
 * An indicator of DOMAIN.md's vocabulary: its canonical name, unit and the variants it arrives under.
 *
 * @param repeatable true when a subject may report it on several rows (the deductions of a checklist)
 */
public record Indicator(String name, String unit, List<String> aliases, boolean repeatable) {

    public Indicator(String name, String unit, List<String> aliases) {
        this(name, unit, aliases, false);
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
