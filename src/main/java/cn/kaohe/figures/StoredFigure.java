package cn.kaohe.figures;

import java.math.BigDecimal;

/**
 * A stored figure as read back for an evaluation: its line in the imported file, the canonical subject and indicator
 * names, the value and the 上年同期 (null when not given), and the note (null when none). Read by one query per import.
 */
record StoredFigure(int line, String subject, String indicator, BigDecimal value, BigDecimal previous, String note) {
}
