package cn.kaohe.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** An indicator the rules rank zones on; ranking itself sorts by value, high to low, equal values sharing a place. */
public final class RankedIndicator {

    private final String indicator;

    public RankedIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getIndicator() {
        return indicator;
    }

    /** Ranks the measures within each group (e.g. by city and zone type); {@code scope} names the grouping. */
    public static List<IndicatorRank> rank(Collection<?> measures, String scope, Function<Measure, String> group, String rule) {
        Map<String, List<Measure>> groups = new TreeMap<>();
        for (Object o : measures) {
            Measure m = (Measure) o;
            groups.computeIfAbsent(group.apply(m), k -> new ArrayList<>()).add(m);
        }
        List<IndicatorRank> ranks = new ArrayList<>();
        for (List<Measure> members : groups.values()) {
            members.sort(Comparator.comparing(Measure::getValue).reversed());
            for (int i = 0; i < members.size(); i++) {
                int place = i == 0 || members.get(i).getValue().compareTo(members.get(i - 1).getValue()) != 0 ? i + 1 : ranks.get(ranks.size() - 1).getRank();
                ranks.add(new IndicatorRank(members.get(i), scope, place, members.size(), rule));
            }
        }
        return ranks;
    }

    /** Within the city, among zones of one type. */
    public static List<IndicatorRank> withinCity(Collection<?> measures, String rule) {
        return rank(measures, "市内", m -> m.getCity() + "\u0000" + m.getSubjectType(), rule);
    }

    /** Across all zones of one type. */
    public static List<IndicatorRank> acrossAllZones(Collection<?> measures, String rule) {
        return rank(measures, "全部开发区", Measure::getSubjectType, rule);
    }
}
