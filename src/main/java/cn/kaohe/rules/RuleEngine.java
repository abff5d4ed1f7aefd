package cn.kaohe.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import cn.kaohe.rules.facts.RuleMistake;

/** Runs a ruleset over a set of facts. The only place a KieSession is opened. */
public final class RuleEngine {

    /** Everything in working memory when the rules came to rest, and which rules fired. */
    public record Outcome(List<Object> facts, Set<String> firedRules, Map<Class<?>, List<Object>> byClass) {

        public Outcome(List<Object> facts, Set<String> firedRules) {
            this(facts, firedRules, byClass(facts));
        }

        private static Map<Class<?>, List<Object>> byClass(List<Object> facts) {
            Map<Class<?>, List<Object>> m = new HashMap<>();
            for (Object f : facts) {
                m.computeIfAbsent(f.getClass(), c -> new ArrayList<>()).add(f);
            }
            return m;
        }

        /** The facts of a type (and its subtypes), in working-memory order. */
        @SuppressWarnings("unchecked")
        public <T> List<T> all(Class<T> type) {
            List<Object> exact = byClass.get(type);
            if (byClass.keySet().stream().noneMatch(c -> c != type && type.isAssignableFrom(c))) {
                return exact == null ? List.of() : (List<T>) Collections.unmodifiableList(exact);
            }
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private RuleEngine() {
    }

    public static Outcome run(Ruleset ruleset, Collection<?> facts) {
        KieSession session = ruleset.newSession();
        try {
            Set<String> fired = new LinkedHashSet<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new Outcome(new ArrayList<>(session.getObjects()), fired);
        } catch (ConsequenceException e) {
            if (e.getCause() instanceof RuleMistake mistake) {
                throw new RulesetException(mistake.getMessage(), mistake);
            }
            throw e;
        } finally {
            session.dispose();
        }
    }
}
