package cn.kaohe.figures;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.kaohe.period.AssessmentPeriod;

interface FigureImports extends JpaRepository<FigureImport, Long> {

    List<FigureImport> findByPeriodOrderByVersionDesc(AssessmentPeriod period);

    Optional<FigureImport> findByPeriodAndActiveTrue(AssessmentPeriod period);

    /** An import's figures in file order, as values: one query, no entity per figure. */
    @Query("select new cn.kaohe.figures.StoredFigure(f.line, f.subject, f.indicator, f.value, f.previous, f.note)"
            + " from ImportedFigure f where f.figureImport.id = :importId order by f.line")
    List<StoredFigure> figuresOf(long importId);
}
