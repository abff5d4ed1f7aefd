package cn.kaohe.rules.facts;

/** A subject with figures in the period, as the registry describes it, or an aggregate of its city's zones. */
public final class Subject {

    /** The type suffix of an aggregate: 工业类合计 is the total of a city's 工业类 zones. */
    public static final String AGGREGATE_SUFFIX = "合计";

    private final String name;
    private final String type;
    private final String city;

    public Subject(String name, String type, String city) {
        this.name = name;
        this.type = type;
        this.city = city;
    }

    /** Types of zones proper, as opposed to aggregates, cities (全市), the province (全省) and chemical parks. */
    public static boolean isZoneType(String type) {
        return !type.endsWith(AGGREGATE_SUFFIX) && !type.equals("全市") && !type.equals("全省") && !type.equals("化工园区");
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getCity() {
        return city;
    }

    public boolean isAggregate() {
        return type.endsWith(AGGREGATE_SUFFIX);
    }

    /** For an aggregate, the type of the zones it sums (工业类); otherwise the subject's own type. */
    public String getZoneType() {
        return isAggregate() ? type.substring(0, type.length() - AGGREGATE_SUFFIX.length()) : type;
    }
}
