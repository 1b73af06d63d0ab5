package org.smpboot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command line's descriptor: a composition root that exports nothing and names no plugin. */
class CliModuleTests {

    private static final ModuleDescriptor DESCRIPTOR = Main.class.getModule().getDescriptor();

    private static Set<String> required() {
        return DESCRIPTOR.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    }

    @Test
    void theModuleIsNamedForTheProject() {
        assertEquals("org.smpboot.cli", DESCRIPTOR.name());
    }

    @Test
    void nothingIsExported() {
        assertEquals(Set.of(), DESCRIPTOR.exports());
    }

    @Test
    void theKernelAndTheMachineMeetHere() {
        assertTrue(required().containsAll(Set.of("org.smpboot.smp", "org.smpboot.machine", "org.smpboot.kernel.api")));
    }

    @Test
    void noPlatformPluginIsRequiredTheyAreFoundAsServices() {
        assertTrue(required().stream().noneMatch(name -> name.startsWith("org.smpboot.platform")), required().toString());
        assertEquals(Set.of(), DESCRIPTOR.uses(), "discovery is the smp module's: it declares the use");
    }
}
