package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.smp.boot.BringUp;

/**
 * Pins the kernel module's descriptor: it uses the platform SPI, and it never depends on the
 * simulator or on a platform plugin.
 */
class SmpModuleTests {

    private final ModuleDescriptor descriptor = BringUp.class.getModule().getDescriptor();

    @Test
    void itUsesThePlatformProviderService() {
        assertEquals(Set.of(PlatformProvider.class.getName()), descriptor.uses());
    }

    @Test
    void kernelCodeRequiresNeitherTheMachineNorAnyPlatform() {
        Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("com.google.guice", "jakarta.inject", "java.base", "org.smpboot.acpi",
                "org.smpboot.kernel.api"), requires);
        assertTrue(requires.stream().noneMatch(name -> name.contains("machine") || name.contains("platform")));
    }
}
