package cn.kaohe.rulebook.steps;

import java.math.BigDecimal;

import io.cucumber.java.ParameterType;

import cn.kaohe.figures.NumberText;

/** How the features write names and numbers: names in Chinese quotes, numbers with their unit. */
public class ParameterTypes {

    @ParameterType(name = "名称", value = "“([^”]*)”")
    public String name(String text) {
        return text;
    }

    @ParameterType(name = "数值", value = "[-+]?[0-9][0-9,]*(?:\\.[0-9]+)?(?:%|个百分点|万元/亩|分|家|亿元)?")
    public BigDecimal number(String text) {
        return NumberText.parse(text.replaceAll("(个百分点|万元/亩|分|家|亿元)$", ""));
    }
}
