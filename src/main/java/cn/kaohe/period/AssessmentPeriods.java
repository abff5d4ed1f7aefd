package cn.kaohe.period;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentPeriods extends JpaRepository<AssessmentPeriod, Long> {

    Optional<AssessmentPeriod> findByLabel(String label);
}
