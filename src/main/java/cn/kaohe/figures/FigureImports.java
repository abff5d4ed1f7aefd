package cn.kaohe.figures;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.kaohe.period.AssessmentPeriod;

interface FigureImports extends JpaRepository<FigureImport, Long> {

    List<FigureImport> findByPeriodOrderByVersionDesc(AssessmentPeriod period);

    Optional<FigureImport> findByPeriodAndActiveTrue(AssessmentPeriod period);
}
