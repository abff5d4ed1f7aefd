package cn.kaohe.figures;

import java.util.List;

import cn.kaohe.period.Period;

/** A period's figures as read from one file, every row checked. */
public record PeriodFigures(String source, Period period, List<Figure> figures) {
}
