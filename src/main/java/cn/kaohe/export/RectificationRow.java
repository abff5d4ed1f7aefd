package cn.kaohe.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of an exported rectification list, with its handling so far. Any field but {@code overdue}
 * may be null when it is not known yet (a list fresh from an evaluation has no deadline or handler).
 *
 * @param period    考核期, e.g. 2023年1-6月
 * @param subject   对象: the zone or park
 * @param indicator 指标
 * @param text      整改事项 in the reports' words
 * @param status    状态, e.g. 待整改, 整改中, 已完成
 * @param deadline  整改期限
 * @param overdue   whether the deadline has passed without the item being closed
 * @param updatedBy 最后处理人
 * @param updatedAt 处理时间
 * @param note      备注
 */
public record RectificationRow(String period, String subject, String indicator, String text, String status, LocalDate deadline,
        boolean overdue, String updatedBy, OffsetDateTime updatedAt, String note) {
}
