package cn.kaohe.zone;

import java.util.List;

/**
 * A subject of assessment as the registry names it: a development zone, a chemical park, a city
 * or the province's zones taken together.
 *
 * @param name   the registered (canonical) name
 * @param type   工业类, 农业示范区, 高新类, 生态文旅类, 化工园区, 全市 or 全省
 * @param city   the city it belongs to (empty for 全省开发区)
 * @param aliases other names it is reported under
 * @param parent the zone a chemical park belongs to, or empty
 */
public record Zone(String name, String type, String city, List<String> aliases, String parent) {
}
