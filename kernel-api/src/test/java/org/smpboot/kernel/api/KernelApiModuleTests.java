package org.smpboot.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.platform.PlatformProvider;

/**
 * Pins the kernel API's module descriptor: it depends on nothing but java.base and exports
 * exactly its API packages.
 */
class KernelApiModuleTests {

    private final ModuleDescriptor descriptor = PlatformProvider.class.getModule().getDescriptor();

    @Test
    void theModuleIsNamedOrgSmpbootKernelApi() {
        assertEquals("org.smpboot.kernel.api", descriptor.name());
    }

    @Test
    void itRequiresOnlyJavaBase() {
        Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("java.base"), requires);
    }

    @Test
    void itExportsExactlyItsApiPackages() {
        Set<String> exports = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("org.smpboot.kernel.api.apic", "org.smpboot.kernel.api.boot",
                "org.smpboot.kernel.api.firmware", "org.smpboot.kernel.api.hw", "org.smpboot.kernel.api.platform",
                "org.smpboot.kernel.api.wakeup")), exports);
    }
}
