package cn.kaohe.figures;

import java.util.List;

/** An indicator of DOMAIN.md's vocabulary: its canonical name, unit and the variants it arrives under. */
public record Indicator(String name, String unit, List<String> aliases) {

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
