package cn.kaohe.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationItems extends JpaRepository<RectificationItem, Long> {

    List<RectificationItem> findBySubjectAndIndicatorAndStatusNot(String subject, String indicator, String status);

    List<RectificationItem> findByStatusNot(String status);

    List<RectificationItem> findBySubjectOrderByCreatedAtDesc(String subject);
}
