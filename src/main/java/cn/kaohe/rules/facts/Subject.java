package cn.kaohe.rules.facts;

/** A subject with figures in the period, as the registry describes it. */
public final class Subject {

    private final String name;
    private final String type;
    private final String city;

    public Subject(String name, String type, String city) {
        this.name = name;
        this.type = type;
        this.city = city;
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
}
