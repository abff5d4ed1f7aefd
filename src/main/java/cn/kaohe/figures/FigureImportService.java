package cn.kaohe.figures;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Stores a period's figures as a new version. A period that already has figures is only replaced
 * when the official says so; the earlier version is kept, inactive.
 */
@Service
public class FigureImportService {

    /** Re-importing a period that has figures, without saying to replace them. */
    public static class PeriodHasFiguresException extends RuntimeException {
        private final int version;

        PeriodHasFiguresException(String label, FigureImport current) {
            super("考核期“" + label + "”已有第" + current.getVersion() + "版数据（" + current.getSource() + "，" + current.getImportedBy()
                    + "导入）。如要替换，请确认替换；原数据保留为历史版本。");
            this.version = current.getVersion();
        }

        public int version() {
            return version;
        }
    }

    private final FiguresReader reader;
    private final AssessmentPeriods periods;
    private final FigureImports imports;
    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;
    private final AuditLog audit;

    FigureImportService(FiguresReader reader, AssessmentPeriods periods, FigureImports imports, ZoneRegistry zones,
            IndicatorCatalog indicators, AuditLog audit) {
        this.reader = reader;
        this.periods = periods;
        this.imports = imports;
        this.zones = zones;
        this.indicators = indicators;
        this.audit = audit;
    }

    /** Checks a file without storing anything. */
    public PeriodFigures preview(String source, byte[] bytes) {
        return reader.read(source, bytes);
    }

    /**
     * @throws FiguresRejectedException when any row is bad
     * @throws PeriodHasFiguresException when the period has figures and {@code replace} is false
     */
    @Transactional
    public FigureImport importFigures(String source, byte[] bytes, String user, boolean replace) {
        return store(preview(source, bytes), user, replace);
    }

    @Transactional
    public FigureImport store(PeriodFigures figures, String user, boolean replace) {
        AssessmentPeriod period = periods.findByLabel(figures.period().label())
                .orElseGet(() -> periods.save(new AssessmentPeriod(figures.period(), user)));
        Optional<FigureImport> current = imports.findByPeriodAndActiveTrue(period);
        if (current.isPresent() && !replace) {
            throw new PeriodHasFiguresException(period.getLabel(), current.get());
        }
        current.ifPresent(FigureImport::deactivate);
        int version = imports.findByPeriodOrderByVersionDesc(period).stream().mapToInt(FigureImport::getVersion).max().orElse(0) + 1;
        FigureImport fresh = new FigureImport(period, version, figures.source(), user);
        for (Figure f : figures.figures()) {
            fresh.add(new ImportedFigure(fresh, f.line(), f.subject().name(), f.indicator().name(), f.value(), f.previous(), f.note()));
        }
        period.moveTo(AssessmentPeriod.IMPORTED, user);
        FigureImport saved = imports.save(fresh);
        audit.record(user, AuditLog.IMPORT, "考核期 " + period.getLabel() + " 导入第" + version + "版数据（" + figures.source() + "，"
                + figures.figures().size() + "条）" + (current.isPresent() ? "，替换第" + current.get().getVersion() + "版" : ""));
        return saved;
    }

    /** The period's current figures, as the evaluator takes them. */
    @Transactional(readOnly = true)
    public Optional<FigureImport> active(AssessmentPeriod period) {
        return imports.findByPeriodAndActiveTrue(period);
    }

    @Transactional(readOnly = true)
    public List<FigureImport> versions(AssessmentPeriod period) {
        return imports.findByPeriodOrderByVersionDesc(period);
    }

    /** Rebuilds the stored figures of an import as a checked period's figures. */
    @Transactional(readOnly = true)
    public PeriodFigures figuresOf(long importId) {
        FigureImport i = imports.findById(importId).orElseThrow(() -> new IllegalArgumentException("没有编号为" + importId + "的导入记录"));
        List<Figure> figures = i.getFigures().stream().map(f -> {
            Zone zone = zones.find(f.getSubject()).orElseThrow(() -> new IllegalStateException("开发区名录中已没有“" + f.getSubject() + "”"));
            Indicator indicator = indicators.find(f.getIndicator()).orElseThrow(() -> new IllegalStateException("指标表中已没有“" + f.getIndicator() + "”"));
            return new Figure(f.getLine(), zone, indicator, f.getValue(), f.getPrevious(), f.getNote() == null ? "" : f.getNote());
        }).toList();
        return new PeriodFigures(i.getSource(), i.getPeriod().period(), figures);
    }
}
