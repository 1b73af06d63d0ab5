package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module descriptor is documentation: only the API packages are exported. */
class MachineModuleTests {

    private static final ModuleDescriptor DESCRIPTOR = Machine.class.getModule().getDescriptor();

    @Test
    void theModuleIsNamedForTheProject() {
        assertEquals("org.smpboot.machine", DESCRIPTOR.name());
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        Set<String> exported = DESCRIPTOR.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("org.smpboot.machine", "org.smpboot.machine.fault", "org.smpboot.machine.trace"), exported);
    }

    @Test
    void theKernelApiIsRequiredTransitively() {
        assertTrue(DESCRIPTOR.requires().stream().anyMatch(requires -> requires.name().equals("org.smpboot.kernel.api")
                && requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
