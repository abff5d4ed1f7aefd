package cn.kaohe.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kaohe.rectification.RectificationItem;
import cn.kaohe.rectification.RectificationQueries;
import cn.kaohe.rectification.RectificationService;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** The rectification list: filter, move items along, see completion per zone and city. */
@ConditionalOnWebApplication
@Controller
class RectificationPages {

    private final RectificationService rectifications;
    private final RectificationQueries queries;
    private final ZoneRegistry zones;

    RectificationPages(RectificationService rectifications, RectificationQueries queries, ZoneRegistry zones) {
        this.rectifications = rectifications;
        this.queries = queries;
        this.zones = zones;
    }

    /**
     * The list, one page at a time (filters, page and size in the query string); completion by city for
     * every city, by zone for the chosen city's zones or, with no city chosen, for the zones on the page.
     */
    @GetMapping("/rectifications")
    String list(@RequestParam(required = false) String city, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Page<RectificationItem> items = queries.list(city, null, status, Pager.request(page, size));
        model.addAttribute("items", items.getContent());
        model.addAttribute("pager", Pager.of(items, "条"));
        Map<String, List<RectificationQueries.Completion>> completion = queries.completion();
        Set<String> shown = city == null || city.isBlank() ? items.stream().map(RectificationItem::getSubject).collect(Collectors.toSet())
                : zones.zones().stream().filter(z -> city.equals(z.city())).map(Zone::name).collect(Collectors.toSet());
        model.addAttribute("completion", Map.of("城市", completion.get("城市"),
                "对象", completion.get("对象").stream().filter(c -> shown.contains(c.name())).toList()));
        model.addAttribute("zonesShown", city == null || city.isBlank() ? "本页开发区" : city + "各开发区");
        model.addAttribute("cities", zones.zones().stream().map(Zone::city).filter(c -> !c.isBlank()).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("city", city);
        model.addAttribute("status", status);
        return "rectifications";
    }

    @GetMapping("/rectifications/{id}")
    String item(@PathVariable long id, Model model) {
        model.addAttribute("item", rectifications.get(id));
        return "rectification";
    }

    @PostMapping("/rectifications/{id}")
    @PreAuthorize("hasRole('ASSESSOR')")
    String update(@PathVariable long id, @RequestParam(required = false) String status, @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String note, @RequestParam(required = false) String back, Authentication auth,
            RedirectAttributes redirect) {
        try {
            rectifications.update(id, status, RectificationsApi.parseDate(deadline), note, Users.name(auth));
            redirect.addFlashAttribute("message", "已更新第" + id + "号整改事项");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + (back != null && back.startsWith("/rectifications") ? back : "/rectifications/" + id);
    }
}
