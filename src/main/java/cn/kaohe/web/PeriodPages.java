package cn.kaohe.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kaohe.assessment.RunQueries;
import cn.kaohe.figures.FigureImport;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.figures.FiguresRejectedException;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.period.AssessmentPeriods;

/** The periods page, importing with a preview, and evaluating with a progress page. */
@ConditionalOnWebApplication
@Controller
class PeriodPages {

    /** An upload waiting for the official to confirm it, kept in the session between preview and save. */
    record PendingUpload(String name, byte[] bytes) {
    }

    private final RunQueries queries;
    private final FigureImportService imports;
    private final AssessmentPeriods periods;
    private final EvaluationJobs jobs;
    private final PeriodActions actions;

    private final cn.kaohe.rules.RulesetArchive archive;

    PeriodPages(RunQueries queries, FigureImportService imports, AssessmentPeriods periods, EvaluationJobs jobs, PeriodActions actions,
            cn.kaohe.rules.RulesetArchive archive) {
        this.archive = archive;
        this.queries = queries;
        this.imports = imports;
        this.periods = periods;
        this.jobs = jobs;
        this.actions = actions;
    }

    @GetMapping("/periods")
    String periods(Model model) {
        model.addAttribute("periods", queries.periods());
        model.addAttribute("imports", imports);
        model.addAttribute("queries", queries);
        model.addAttribute("versions", archive.all());
        return "periods";
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('ASSESSOR')")
    String importForm() {
        return "import";
    }

    /** Rows of the figures the preview page lists; the rest are counted, not shown. */
    static final int PREVIEW_ROWS = 200;

    @PostMapping("/import/preview")
    @PreAuthorize("hasRole('ASSESSOR')")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "上传文件" : file.getOriginalFilename();
        if (file.isEmpty()) {
            boolean chosen = file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
            model.addAttribute("error", chosen ? "文件“" + name + "”是空的（0字节）：应有表头和数据行" : "请选择要导入的文件");
            return "import";
        }
        try {
            PeriodFigures figures = imports.preview(name, file.getBytes());
            String token = UUID.randomUUID().toString();
            session.setAttribute("upload:" + token, new PendingUpload(name, file.getBytes()));
            model.addAttribute("token", token);
            model.addAttribute("summary", PeriodsApi.summary(figures));
            // a national file has some 100,000 rows: the page lists the first ones, the counts above cover them all
            model.addAttribute("shown", figures.figures().subList(0, Math.min(PREVIEW_ROWS, figures.figures().size())));
            periods.findByLabel(figures.period().label()).flatMap(imports::active).ifPresent(current -> model.addAttribute("current", current));
            return "import-preview";
        } catch (FiguresRejectedException e) {
            model.addAttribute("source", name);
            model.addAttribute("problems", e.problems());
            return "import";
        }
    }

    @PostMapping("/import/save")
    @PreAuthorize("hasRole('ASSESSOR')")
    String save(@RequestParam String token, @RequestParam(defaultValue = "false") boolean replace, HttpSession session,
            Authentication auth, RedirectAttributes redirect) {
        PendingUpload upload = (PendingUpload) session.getAttribute("upload:" + token);
        if (upload == null) {
            redirect.addFlashAttribute("error", "预览已过期，请重新上传文件");
            return "redirect:/import";
        }
        try {
            FigureImport stored = imports.importFigures(upload.name(), upload.bytes(), Users.name(auth), replace);
            session.removeAttribute("upload:" + token);
            redirect.addFlashAttribute("message", "已保存考核期“" + stored.getPeriod().getLabel() + "”第" + stored.getVersion() + "版数据，共"
                    + stored.getFigureCount() + "条。");
            return "redirect:/periods";
        } catch (FigureImportService.PeriodHasFiguresException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/periods";
        }
    }

    @PostMapping("/periods/{id}/evaluate")
    @PreAuthorize("hasRole('ASSESSOR')")
    String evaluate(@PathVariable long id, @RequestParam(required = false) String version, Authentication auth) {
        return "redirect:/jobs/" + jobs.start(id, Users.name(auth), version).getId();
    }

    @GetMapping("/jobs/{job}")
    String job(@PathVariable String job, Model model) {
        model.addAttribute("job", jobs.get(job));
        return "job";
    }

    @PostMapping("/periods/{id}/publish")
    @PreAuthorize("hasRole('ASSESSOR')")
    String publish(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("message", "已发布考核期“" + actions.publish(id, Users.name(auth)).getLabel() + "”的考核结果");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/periods";
    }
}
