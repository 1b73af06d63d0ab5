package org.smpboot.platform.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.platform.PlatformProvider;

/**
 * Pins the module descriptor: the provider is declared in module-info and in
 * META-INF/services alike, so discovery works on the module path and on the class path.
 */
class X86ModuleTests {

    private final ModuleDescriptor descriptor = X86PlatformProvider.class.getModule().getDescriptor();

    @Test
    void itProvidesExactlyTheX86PlatformProvider() {
        List<String> provided = descriptor.provides().stream()
                .filter(provides -> provides.service().equals(PlatformProvider.class.getName()))
                .flatMap(provides -> provides.providers().stream()).toList();
        assertEquals(List.of(X86PlatformProvider.class.getName()), provided);
    }

    @Test
    void theServicesFileListsTheSameProvider() throws IOException {
        try (InputStream in = X86PlatformProvider.class.getModule()
                .getResourceAsStream("META-INF/services/" + PlatformProvider.class.getName())) {
            List<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            assertEquals(List.of(X86PlatformProvider.class.getName()), listed);
        }
    }

    @Test
    void itRequiresOnlyTheKernelApiAndExportsItsDriversAndStrategies() {
        Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("java.base", "org.smpboot.kernel.api"), requires);
        Set<String> exports = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("org.smpboot.platform.x86.apic", "org.smpboot.platform.x86.wakeup"), exports);
    }
}
