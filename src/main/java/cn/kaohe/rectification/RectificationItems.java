package cn.kaohe.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.kaohe.period.AssessmentPeriod;

interface RectificationItems extends JpaRepository<RectificationItem, Long> {

    /** A subject's indicator, as a key of the list. */
    interface Key {
        String getSubject();

        String getIndicator();
    }

    /** Every item not yet 已整改, with its period, oldest first: what an evaluation may carry forward or close. */
    @Query("select i from RectificationItem i join fetch i.period where i.status <> '" + RectificationItem.DONE + "' order by i.id")
    List<RectificationItem> findOpen();

    /** The items already raised for this period (closed since, perhaps): re-evaluating the period does not raise them again. */
    List<Key> findByPeriod(AssessmentPeriod period);
}
