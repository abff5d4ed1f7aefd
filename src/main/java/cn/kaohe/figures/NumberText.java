package cn.kaohe.figures;

import java.math.BigDecimal;
import java.text.Normalizer;

/** Numbers as they are typed into reports: {@code 15.2%}, {@code 1,234.5}, full-width {@code １５．２}. */
public final class NumberText {

    private NumberText() {
    }

    /**
     * @throws NumberFormatException with a Chinese reason when the text is not a number
     */
    public static BigDecimal parse(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2212', '-')
                .replace('\u2014', '-')
                .replaceAll("\\s", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        }
        if (!t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new NumberFormatException("不是数字");
        }
        return new BigDecimal(t);
    }
}
