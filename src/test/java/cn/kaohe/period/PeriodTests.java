package cn.kaohe.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("考核期：按干部的写法解析")
class PeriodTests {

    @Test
    @DisplayName("2023年1-6月：2023年，1至6月，共6个月")
    void monthRange() {
        Period period = Period.parse("2023年1-6月");

        assertThat(period.year()).isEqualTo(2023);
        assertThat(period.firstMonth()).isEqualTo(1);
        assertThat(period.lastMonth()).isEqualTo(6);
        assertThat(period.months()).isEqualTo(6);
        assertThat(period.label()).isEqualTo("2023年1-6月");
        assertThat(period).hasToString("2023年1-6月");
    }

    @Test
    @DisplayName("2023年上半年与2023年1-6月是同一个考核期")
    void firstHalfIsJanuaryToJune() {
        assertThat(Period.parse("2023年上半年")).isEqualTo(Period.parse("2023年1-6月"));
        assertThat(Period.parse("2023年上半年").label()).isEqualTo("2023年1-6月");
    }

    @Test
    @DisplayName("2023年1-5月：5个月，不同于1-6月")
    void januaryToMay() {
        Period period = Period.parse("2023年1-5月");

        assertThat(period).isEqualTo(new Period(2023, 1, 5));
        assertThat(period.months()).isEqualTo(5);
        assertThat(period.label()).isEqualTo("2023年1-5月");
        assertThat(period).isNotEqualTo(Period.parse("2023年1-6月"));
    }

    @ParameterizedTest(name = "{0} → 1-3月")
    @ValueSource(strings = {"2023年一季度", "2023年首季", "2023-Q1"})
    @DisplayName("一季度、首季、Q1都是1至3月")
    void firstQuarter(String text) {
        Period period = Period.parse(text);

        assertThat(period).isEqualTo(new Period(2023, 1, 3));
        assertThat(period.months()).isEqualTo(3);
        assertThat(period.label()).isEqualTo("2023年1-3月");
    }

    @ParameterizedTest(name = "{0} → 全年")
    @ValueSource(strings = {"2023年", "2023年全年"})
    @DisplayName("2023年与2023年全年是1至12月，标签为“2023年”")
    void wholeYear(String text) {
        Period period = Period.parse(text);

        assertThat(period).isEqualTo(new Period(2023, 1, 12));
        assertThat(period.months()).isEqualTo(12);
        assertThat(period.label()).isEqualTo("2023年");
    }

    @ParameterizedTest(name = "{0} → 2023年1-6月")
    @ValueSource(strings = {"2023-H1", "２０２３年１－６月", "2023年1至6月", " 2023年 1-6月 "})
    @DisplayName("H1、全角数字、“至”都读作1至6月")
    void otherWritingsOfFirstHalf(String text) {
        assertThat(Period.parse(text)).isEqualTo(new Period(2023, 1, 6));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2023-Q1, 2023年1-3月",
            "2023年二季度, 2023年4-6月",
            "2023年前三季度, 2023年1-9月",
            "2023年5月, 2023年5月",
    })
    @DisplayName("标签是规范写法")
    void labels(String text, String label) {
        assertThat(Period.parse(text).label()).isEqualTo(label);
    }

    @Test
    @DisplayName("单月：2023年5月只有1个月")
    void singleMonth() {
        Period period = Period.parse("2023年5月");

        assertThat(period.firstMonth()).isEqualTo(5);
        assertThat(period.lastMonth()).isEqualTo(5);
        assertThat(period.months()).isEqualTo(1);
    }

    @ParameterizedTest(name = "“{0}”被拒绝")
    @ValueSource(strings = {"abc", "", "2023年13月", "2023年6-1月", "2023年0月", "2023年上半"})
    @DisplayName("无法识别或无效的考核期抛出中文说明，且包含原文")
    void refused(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("考核期")
                .hasMessageContaining("“" + text + "”")
                .hasMessageMatching("(?s).*\\p{IsHan}.*");
    }

    @Test
    @DisplayName("月份超出范围时说明原因")
    void monthOutOfRangeExplained() {
        assertThatThrownBy(() -> Period.parse("2023年13月"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023年13月")
                .hasMessageContaining("1至12月");
    }

    @Test
    @DisplayName("直接构造时也拒绝倒置的月份")
    void constructorRefusesReversedMonths() {
        assertThatThrownBy(() -> new Period(2023, 6, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(2023, 0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(2023, 1, 13)).isInstanceOf(IllegalArgumentException.class);
    }
}
