package org.smpboot.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.madt.Madt;

/**
 * Pins the ACPI module's descriptor: it depends only on the kernel API (kernel code and the
 * simulator both use it, so it must not reach either) and exports exactly its API packages.
 */
class AcpiModuleTests {

    private final ModuleDescriptor descriptor = Madt.class.getModule().getDescriptor();

    @Test
    void theModuleIsNamedOrgSmpbootAcpi() {
        assertEquals("org.smpboot.acpi", descriptor.name());
    }

    @Test
    void itRequiresOnlyTheKernelApi() {
        Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("java.base", "org.smpboot.kernel.api"), requires);
    }

    @Test
    void itExportsItsApiPackagesAndHidesTheInternalOne() {
        Set<String> exports = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("org.smpboot.acpi.problem", "org.smpboot.acpi.table", "org.smpboot.acpi.rsdp",
                "org.smpboot.acpi.madt", "org.smpboot.acpi.madt.entry", "org.smpboot.acpi.processor",
                "org.smpboot.acpi.build", "org.smpboot.acpi.listing", "org.smpboot.acpi.source",
                "org.smpboot.acpi.lint")), exports);
    }
}
