package cn.kaohe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("名称匹配：全角、空格、引号不影响")
class NamesTests {

    /** Registered names and aliases as in data/zones.csv, enough look-alikes to make a wrong pick possible. */
    private static final List<String> ZONES = List.of(
            "河津开发区", "河津经济技术开发区", "河津经开区",
            "运城开发区", "运城经济技术开发区", "运城经开区",
            "盐湖高新区", "新绛开发区", "垣曲开发区", "永济开发区", "稷山开发区", "绛县开发区", "闻喜开发区",
            "万荣农业示范区", "万荣示范区", "万荣", "临猗农业示范区", "临猗示范区", "临猗",
            "襄垣经开区", "襄垣经济技术开发区", "襄垣县化工园区",
            "朔州经济开发区", "大同经济技术开发区", "高平开发区",
            "运城市", "长治市", "全省开发区", "全省");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"“四上”企业数", "\"四上\"企业数", "「四上」企业数", "四上 企业数", "　四上企业数　", "四上企业数"})
    @DisplayName("引号、半角与全角空格都被忽略")
    void keyIgnoresQuotesAndSpaces(String typed) {
        assertThat(Names.key(typed)).isEqualTo("四上企业数");
    }

    @Test
    @DisplayName("全角字母数字与半角相同")
    void keyFoldsFullWidth() {
        assertThat(Names.key("２０２３ＡＢＣ")).isEqualTo(Names.key("2023ABC"));
        assertThat(Names.key("规上工业增加值增速（％）")).isEqualTo("规上工业增加值增速(%)");
    }

    @Test
    @DisplayName("不同的名称键也不同")
    void keyKeepsDifferentNamesApart() {
        assertThat(Names.key("河津开发区")).isNotEqualTo(Names.key("运城开发区"));
    }

    @ParameterizedTest(name = "{0} → 河津开发区")
    @ValueSource(strings = {"河津开发", "河津开法区", "河津开发区区", "“河津开发”"})
    @DisplayName("漏字、错字都建议河津开发区")
    void suggestsTheIntendedZone(String typed) {
        assertThat(Names.nearest(typed, ZONES)).contains("河津开发区");
    }

    @Test
    @DisplayName("其他开发区的错字也各自得到正确建议")
    void suggestsOtherZones() {
        assertThat(Names.nearest("稷山开发", ZONES)).contains("稷山开发区");
        assertThat(Names.nearest("盐湖高兴区", ZONES)).contains("盐湖高新区");
        assertThat(Names.nearest("襄垣经开", ZONES)).contains("襄垣经开区");
    }

    @ParameterizedTest(name = "{0} 没有建议")
    @ValueSource(strings = {"北京市朝阳区", "上海浦东新区陆家嘴金融贸易区"})
    @DisplayName("毫不相干的名称不给建议")
    void noSuggestionForUnrelated(String typed) {
        assertThat(Names.nearest(typed, ZONES)).isEmpty();
    }

    @Test
    @DisplayName("没有候选时没有建议")
    void noCandidates() {
        assertThat(Names.nearest("河津开发区", List.of())).isEmpty();
    }

    @Test
    @DisplayName("只输入地名时建议该地的开发区，而不是别处的")
    void placeNameAloneSuggestsItsOwnZone() {
        assertThat(Names.nearest("河津", ZONES)).hasValueSatisfying(s -> assertThat(s).startsWith("河津"));
        assertThat(Names.nearest("襄垣", ZONES)).hasValueSatisfying(s -> assertThat(s).startsWith("襄垣"));
    }
}
