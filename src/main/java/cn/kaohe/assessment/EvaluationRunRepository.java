package cn.kaohe.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRunRepository extends JpaRepository<EvaluationRun, Long> {

    Optional<EvaluationRun> findFirstByPeriodIdOrderByIdDesc(Long periodId);
}
