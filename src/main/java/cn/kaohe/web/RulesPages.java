package cn.kaohe.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.kaohe.impact.RulesetComparison;
import cn.kaohe.publish.Candidate;
import cn.kaohe.publish.Candidates;
import cn.kaohe.publish.CandidateImpacts;
import cn.kaohe.publish.Publisher;
import cn.kaohe.publish.RulesetPublications;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.RulesetArchive;
import cn.kaohe.rules.RulesetLoader;

/**
 * Publishing rules: the live version, 重新加载, candidates with their check and what-if impact,
 * the history of publications with rollback, stored versions compared file by file. Everyone logged
 * in may look; only 政策人员 check, publish and roll back.
 */
@ConditionalOnWebApplication
@Controller
class RulesPages {

    private final LiveRuleset live;
    private final Publisher publisher;
    private final Candidates candidates;
    private final CandidateImpacts impacts;
    private final RulesetPublications publications;
    private final RulesetArchive archive;
    private final RuleJobs jobs;

    RulesPages(LiveRuleset live, Publisher publisher, Candidates candidates, CandidateImpacts impacts, RulesetPublications publications,
            RulesetArchive archive, RuleJobs jobs) {
        this.jobs = jobs;
        this.live = live;
        this.publisher = publisher;
        this.candidates = candidates;
        this.impacts = impacts;
        this.publications = publications;
        this.archive = archive;
    }

    @GetMapping("/rules")
    String rules(@RequestParam(required = false) String done, Model model) {
        if (done != null && !done.isBlank() && !model.containsAttribute("message")) {
            model.addAttribute("message", done);
        }
        model.addAttribute("live", live.current());
        model.addAttribute("refusal", publisher.refusal().orElse(null));
        model.addAttribute("candidates", candidates.all());
        model.addAttribute("publications", publications.findAllByOrderByIdDesc());
        model.addAttribute("versions", archive.all());
        return "rules";
    }

    /** 重新加载, in the background: the progress page then opens the rules page, or the refused candidate. */
    @PostMapping("/rules/reload")
    @PreAuthorize("hasRole('POLICY')")
    String reload(Authentication auth) {
        String user = Users.name(auth);
        return "redirect:/rules/jobs/" + jobs.start("重新加载规则目录", progress -> {
            Publisher.Outcome outcome = publisher.reload(user, progress);
            String next = outcome.candidate() != null && !outcome.published() ? "/rules/candidates/" + outcome.candidate().id()
                    : "/rules?done=" + URLEncoder.encode(outcome.message(), StandardCharsets.UTF_8);
            return new RuleJobs.Done(next, outcome.message());
        }).getId();
    }

    /** Checks the rules directory without publishing it, to see its impact first. */
    @PostMapping("/rules/check")
    @PreAuthorize("hasRole('POLICY')")
    String check(Authentication auth) {
        String user = Users.name(auth);
        return "redirect:/rules/jobs/" + jobs.start("检查规则目录", progress -> {
            Candidate c = candidates.propose(publisher.directorySource(), RulesetLoader.read(live.dir()), user, progress);
            return new RuleJobs.Done("/rules/candidates/" + c.id(), c.report().summary());
        }).getId();
    }

    @GetMapping("/rules/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.get(id));
        return "rules-job";
    }

    /**
     * A candidate with its check and files changed, and its what-if: shown at once when it was already
     * compared for these periods, else compared in the background while the page shows the progress and
     * reopens itself when done.
     */
    @GetMapping("/rules/candidates/{id}")
    String candidate(@PathVariable long id, @RequestParam(required = false) List<Long> period, Model model) {
        Candidate c = candidates.find(id).orElseThrow(() -> new IllegalArgumentException("候选规则（编号" + id + "）不存在：可能已经发布、放弃，或服务重启后已清除"));
        model.addAttribute("candidate", c);
        model.addAttribute("live", live.current());
        model.addAttribute("periods", impacts.comparablePeriods());
        model.addAttribute("chosen", period == null ? List.of() : period);
        if (c.ruleset() != null) {
            CandidateImpacts.Request request = impacts.request(c, period);
            impacts.cached(request).ifPresentOrElse(impact -> model.addAttribute("impact", impact),
                    () -> model.addAttribute("comparing", compare(request, period)));
            model.addAttribute("comparison", RulesetComparison.compare(RulesetArchive.contents(live.current().files()), RulesetArchive.contents(c.files())));
        }
        return "rules-candidate";
    }

    /** Compares in the background (once per candidate and periods); when done the job leads back to the page. */
    private RuleJobs.Job compare(CandidateImpacts.Request request, List<Long> period) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/rules/candidates/{id}");
        if (period != null && !period.isEmpty()) {
            uri.queryParam("period", period.toArray());
        }
        String page = uri.buildAndExpand(request.candidate().id()).toUriString();
        return jobs.compareOnce(request.key(), "比较候选规则的影响", impacts.lastDuration().orElse(null),
                progress -> new RuleJobs.Done(page, impacts.analyse(request, progress).summary()));
    }

    @PostMapping("/rules/candidates/{id}/publish")
    @PreAuthorize("hasRole('POLICY')")
    String publish(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        try {
            Publisher.Outcome outcome = publisher.publish(id, Users.name(auth));
            redirect.addFlashAttribute(outcome.published() ? "message" : "error", outcome.message()
                    + (outcome.published() ? "。已发布的考核结果不会自动改变：需要按新规则重新考核的考核期，请在“考核期”页面重新考核。" : ""));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/rules/candidates/" + id;
        }
        return "redirect:/rules";
    }

    @PostMapping("/rules/candidates/{id}/drop")
    @PreAuthorize("hasRole('POLICY')")
    String drop(@PathVariable long id, RedirectAttributes redirect) {
        candidates.drop(id);
        redirect.addFlashAttribute("message", "已放弃候选规则（编号" + id + "）");
        return "redirect:/rules";
    }

    @PostMapping("/rules/rollback")
    @PreAuthorize("hasRole('POLICY')")
    String rollback(@RequestParam String version, Authentication auth, RedirectAttributes redirect) {
        Publisher.Outcome outcome = publisher.rollback(version, Users.name(auth));
        redirect.addFlashAttribute(outcome.published() ? "message" : "error", outcome.message());
        return "redirect:/rules";
    }

    @GetMapping("/rules/versions/{version}")
    String version(@PathVariable String version, Model model) {
        String hash = archive.require(version);
        model.addAttribute("hash", hash);
        model.addAttribute("files", archive.files(hash).orElseThrow());
        model.addAttribute("live", live.current());
        return "rules-version";
    }

    @GetMapping("/rules/compare")
    String compare(@RequestParam String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("from", archive.require(from).substring(0, 12));
        model.addAttribute("to", (to == null || to.isBlank() ? live.current().hash() : archive.require(to)).substring(0, 12));
        model.addAttribute("comparison", archive.compare(from, to, live.current().hash()));
        return "rules-compare";
    }
}
