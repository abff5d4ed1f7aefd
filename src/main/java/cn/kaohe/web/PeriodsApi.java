package cn.kaohe.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.assessment.ParkGrades;
import cn.kaohe.assessment.ResultMatrix;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.assessment.RunQueries.RunView;
import cn.kaohe.figures.FigureImport;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** Periods: import figures, evaluate, publish, and read the results. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api")
@Tag(name = "考核期", description = "导入数据、执行考核、发布结果、读取结果")
class PeriodsApi {

    private final RunQueries queries;
    private final FigureImportService imports;
    private final EvaluationJobs jobs;
    private final PeriodActions actions;
    private final ResultMatrix matrix;
    private final ParkGrades parks;
    private final ZoneRegistry zones;

    PeriodsApi(RunQueries queries, FigureImportService imports, EvaluationJobs jobs, PeriodActions actions, ResultMatrix matrix, ParkGrades parks,
            ZoneRegistry zones) {
        this.queries = queries;
        this.imports = imports;
        this.jobs = jobs;
        this.actions = actions;
        this.matrix = matrix;
        this.parks = parks;
        this.zones = zones;
    }

    @GetMapping("/periods")
    @Operation(summary = "全部考核期及其状态（已导入/已考核/已发布）、最近操作人和时间")
    List<Map<String, Object>> periods() {
        return queries.periods().stream().map(this::describe).toList();
    }

    private Map<String, Object> describe(AssessmentPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("period", p.getLabel());
        m.put("state", p.getState());
        m.put("updatedBy", p.getUpdatedBy());
        m.put("updatedAt", p.getUpdatedAt());
        m.put("publishedBy", p.getPublishedBy());
        m.put("publishedAt", p.getPublishedAt());
        m.put("versions", imports.versions(p).stream().map(i -> Map.of("version", i.getVersion(), "source", i.getSource(), "figures",
                i.getFigureCount(), "importedBy", i.getImportedBy(), "importedAt", i.getImportedAt(), "active", i.isActive())).toList());
        queries.latestRun(p.getId()).ifPresent(run -> m.put("latestRun", Map.of("run", run.getId(), "ruleset", run.getRulesetHash(),
                "evaluatedAt", run.getCreatedAt(), "evaluatedBy", String.valueOf(run.getCreatedBy()), "failed", run.getFailedCount())));
        return m;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "导入一个考核期的数据（CSV或XLSX，长表或宽表）。preview=true 只检查不保存；已有数据时须 replace=true，原数据保留为历史版本")
    ResponseEntity<Map<String, Object>> importFigures(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean preview, @RequestParam(defaultValue = "false") boolean replace,
            Authentication auth) throws IOException {
        String name = file.getOriginalFilename() == null ? "上传文件" : file.getOriginalFilename();
        if (preview) {
            PeriodFigures figures = imports.preview(name, file.getBytes());
            Map<String, Object> body = summary(figures);
            body.put("saved", false);
            return ResponseEntity.ok(body);
        }
        FigureImport stored = imports.importFigures(name, file.getBytes(), Users.name(auth), replace);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saved", true);
        body.put("periodId", stored.getPeriod().getId());
        body.put("period", stored.getPeriod().getLabel());
        body.put("version", stored.getVersion());
        body.put("figures", stored.getFigureCount());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    static Map<String, Object> summary(PeriodFigures figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", figures.period().label());
        body.put("figures", figures.figures().size());
        Map<String, Long> bySubject = new LinkedHashMap<>();
        figures.figures().forEach(f -> bySubject.merge(f.subject().name(), 1L, Long::sum));
        body.put("subjects", bySubject);
        body.put("problems", List.of());
        return body;
    }

    @PostMapping("/periods/{id}/evaluations")
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "按现行规则（或 version 指定的已存规则版本，即用其他规则重算）考核该考核期的当前数据；返回任务编号，用 /api/jobs/{job} 查询进度")
    ResponseEntity<Map<String, Object>> evaluate(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth) {
        EvaluationJobs.Job job = jobs.start(id, Users.name(auth), version);
        return ResponseEntity.accepted().body(Map.of("job", job.getId(), "progress", "/api/jobs/" + job.getId()));
    }

    @GetMapping("/jobs/{job}")
    @Operation(summary = "考核任务的进度")
    Map<String, Object> job(@PathVariable String job) {
        EvaluationJobs.Job j = jobs.get(job);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", j.getId());
        m.put("periodId", j.getPeriodId());
        m.put("stage", j.getStage());
        m.put("percent", j.getPercent());
        m.put("seconds", j.getSeconds());
        m.put("measured", j.getMeasured());
        m.put("done", j.isDone());
        m.put("error", j.getError());
        m.put("run", j.getRunId());
        return m;
    }

    @PostMapping("/periods/{id}/publication")
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "发布该考核期的考核结果")
    Map<String, Object> publish(@PathVariable long id, Authentication auth) {
        return describe(actions.publish(id, Users.name(auth)));
    }

    @GetMapping("/periods/{id}/results")
    @Operation(summary = "该考核期最近一次考核的全部结果；可按所属市、开发区类型筛选")
    RunView results(@PathVariable long id, @RequestParam(required = false) String city, @RequestParam(required = false) String type) {
        RunView view = queries.latest(id).orElseThrow(() -> new IllegalArgumentException("该考核期还没有考核结果"));
        return actions.filter(view, city, type);
    }

    @GetMapping("/periods/{id}/bulletin")
    @Operation(summary = "该考核期的通报文字")
    List<Map<String, String>> bulletin(@PathVariable long id) {
        RunView view = queries.latest(id).orElseThrow(() -> new IllegalArgumentException("该考核期还没有考核结果"));
        return view.bulletin().stream().map(b -> Map.of("subject", b.subject(), "text", b.text())).toList();
    }

    @GetMapping("/zones/{name}")
    @Operation(summary = "一个开发区各考核期的指标、预警、等级和整改事项")
    Map<String, Object> zone(@PathVariable String name) {
        return actions.zone(name);
    }

    @GetMapping("/parks")
    @Operation(summary = "化工园区各考核期（各期最近一次考核）的安全风险评估得分、等级、目标等级和检查表扣分，新考核期在前；"
            + "分页：{items, page, size, total, pages}，page 从 1 起，size 默认 100、最大 1000；period 只看一个考核期")
    Map<String, Object> parks(@RequestParam(required = false) Long period, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int size) {
        return PagedItems.of(parks.page(period, Pager.request(page, size)).map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", row.period());
            m.put("subject", row.grade().subject());
            m.put("score", row.grade().score());
            m.put("grade", row.grade().grade());
            m.put("meaning", row.grade().meaning());
            m.put("targetGrade", row.grade().targetGrade());
            m.put("passed", row.grade().passed());
            m.put("rule", row.grade().rule());
            m.put("deductions", row.deductions());
            return m;
        }));
    }

    @GetMapping("/periods/{id}/result-rows")
    @Operation(summary = "该考核期最近一次考核的结果行，分页：{items, page, size, total, pages}，按考核顺序；"
            + "可按所属市、开发区类型、指标、是否达标筛选。page 从 1 起，size 默认 100、最大 1000")
    Map<String, Object> resultRows(@PathVariable long id, @RequestParam(required = false) String city, @RequestParam(required = false) String type,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) Boolean passed,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
        Set<String> names = type == null || type.isBlank() ? null
                : zones.zones().stream().filter(z -> type.equals(z.type())).map(Zone::name).collect(Collectors.toSet());
        return PagedItems.of(matrix.rows(id, new ResultMatrix.Filter(city, names), indicator, passed, Pager.request(page, size))
                .orElseThrow(() -> new IllegalArgumentException("该考核期还没有考核结果")));
    }

    @GetMapping("/trends")
    @Operation(summary = "一个指标各考核期的实际值和目标值")
    List<RunQueries.TrendPoint> trend(@RequestParam String indicator) {
        return queries.trend(indicator, null);
    }
}
