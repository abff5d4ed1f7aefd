package cn.kaohe.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationItems extends JpaRepository<RectificationItem, Long> {

    List<RectificationItem> findBySubjectAndIndicatorAndStatusNot(String subject, String indicator, String status);

    List<RectificationItem> findByStatusNot(String status);

    /** An item already raised for this period (closed since, perhaps): re-evaluating the period does not raise it again. */
    boolean existsBySubjectAndIndicatorAndPeriod(String subject, String indicator, cn.kaohe.period.AssessmentPeriod period);
}
