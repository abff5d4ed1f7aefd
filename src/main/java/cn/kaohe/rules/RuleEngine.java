package cn.kaohe.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import cn.kaohe.rules.facts.RuleMistake;

/** Runs a ruleset over a set of facts. The only place a KieSession is opened. */
public final class RuleEngine {

    /** The conclusions asked for, by type, when the rules came to rest, and which rules fired. */
    public record Outcome(Map<Class<?>, List<?>> conclusions, Set<String> firedRules) {

        /**
         * The facts of a type that was asked for, in working-memory order.
         *
         * @throws IllegalArgumentException for a type that was not asked for
         */
        @SuppressWarnings("unchecked")
        public <T> List<T> all(Class<T> type) {
            List<?> facts = conclusions.get(type);
            if (facts == null) {
                throw new IllegalArgumentException(type.getSimpleName() + " was not asked for");
            }
            return (List<T>) facts;
        }
    }

    private RuleEngine() {
    }

    /**
     * Inserts the facts, fires the rules until they come to rest, and reads back the facts of the given types
     * (each type by its own index in working memory, so reading is proportional to what is read, not to all facts).
     *
     * @throws RulesetException in Chinese when a rule's consequence reports a mistake in the rules
     */
    public static Outcome run(Ruleset ruleset, Collection<?> facts, Collection<Class<?>> conclusions) {
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
            Map<Class<?>, List<?>> read = new HashMap<>();
            for (Class<?> type : conclusions) {
                read.put(type, new ArrayList<>(session.getObjects(new ClassObjectFilter(type))));
            }
            return new Outcome(read, fired);
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
