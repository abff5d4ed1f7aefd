package cn.kaohe.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("报表中的数字写法")
class NumberTextTests {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "15.2%|15.2",
            "1,234.5|1234.5",
            "１５．２|15.2",
            "-58.3%|-58.3",
            "－５|-5",
            " 44.4 |44.4",
            "15.2％|15.2",
            "12,345,678|12345678",
            "0|0",
    })
    @DisplayName("百分号、千分位、全角、负号、首尾空格都能读")
    void parses(String text, String expected) {
        assertThat(NumberText.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{0}] 不是数字")
    @ValueSource(strings = {"abc", "1,23", "12..3", "", "%", "-", "1.2.3", "15.2元"})
    @DisplayName("不是数字的文字抛出中文说明的NumberFormatException")
    void refuses(String text) {
        assertThatThrownBy(() -> NumberText.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessage("不是数字");
    }
}
