package org.bridgework.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property without a seed of its own the run's fixed seed ({@link TestSeed#fixed}), so CI tries
 * the same values every time; without one jqwik picks a random seed per property. jqwik reports the seed of every
 * property it runs, and a failing one can be repeated with {@code -Dbridgework.seed=} that seed. Registered for all
 * properties through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook} in the test resources.
 */
public final class FixedSeedHook implements AroundPropertyHook {
    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (context.attributes().seed().filter(seed -> !seed.isBlank()).isEmpty()) {
            TestSeed.fixed().ifPresent(seed -> context.attributes().setSeed(Long.toString(seed)));
        }
        return property.execute();
    }
}
