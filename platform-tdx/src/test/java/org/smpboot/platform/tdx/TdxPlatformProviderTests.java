package org.smpboot.platform.tdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.firmware.FirmwareInfo;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.kernel.api.wakeup.ApArrivals;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;

class TdxPlatformProviderTests {

    private static <T> T onBsp(MachineDescription description, Function<HardwarePort, T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        Machine.build(description).run(hardware -> {
            try {
                result.set(code.apply(hardware));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        }, 20_000_000_000L);
        if (thrown.get() != null) {
            throw thrown.get();
        }
        return result.get();
    }

    private static final MachineDescription TDX = MachineDescription.builder().cpus(4).tdxGuest(1).seed(1).build();
    private static final MachineDescription BARE = MachineDescription.builder().cpus(4).apicMode(ApicMode.X2APIC).build();

    @Nested
    class Probing {

        @Test
        void aTdxGuestFits() {
            ProbeResult probe = onBsp(TDX, hardware -> new TdxPlatformProvider().probe(hardware));
            assertTrue(probe.fits(), probe.reason());
        }

        @Test
        void bareMetalDoesNotAndSaysWhy() {
            ProbeResult probe = onBsp(BARE, hardware -> new TdxPlatformProvider().probe(hardware));
            assertFalse(probe.fits());
            assertTrue(probe.reason().contains("not a TDX guest"), probe.reason());
        }

        @Test
        void itOutranksBareX86() {
            assertEquals(20, new TdxPlatformProvider().priority());
        }
    }

    @Nested
    class Creation {

        private Platform create(MachineDescription description, FirmwareInfo firmware, Map<String, String> options) {
            return onBsp(description, hardware -> new TdxPlatformProvider().create(new PlatformEnvironment(hardware,
                    firmware, new PlatformOptions(options))));
        }

        @Test
        void withoutAMailboxEveryApIsRefusedWithTheReason() {
            WakeupReport report = onBsp(TDX, hardware -> new TdxPlatformProvider().create(new PlatformEnvironment(
                    hardware, new FirmwareInfo(List.of(), Optional.empty()), PlatformOptions.NONE))
                    .wakeupStrategy().wake(new ApBootContext(PhysicalAddress.of(0x8000), PhysicalAddress.of(0x8040), 4096,
                            List.of(ApicId.of(1), ApicId.of(2)), ApArrivals.NONE)));
            report.outcomes().values().forEach(outcome -> assertEquals(
                    "refused: the MADT has no Multiprocessor Wakeup structure: no mailbox to wake APs with",
                    outcome.describe()));
        }

        @Test
        void reservedMailboxApicIdsAreRefused() {
            WakeupReport report = onBsp(TDX, hardware -> new MailboxWakeup(hardware,
                    Optional.of(new org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox(PhysicalAddress.of(0x7F000),
                            1, Optional.empty())),
                    List.of(new org.smpboot.kernel.api.firmware.MemoryRegion(PhysicalAddress.of(0x7F000), 0x1000,
                            org.smpboot.kernel.api.firmware.MemoryType.ACPI_NVS)), 1000)
                    .wake(new ApBootContext(PhysicalAddress.of(0x8000), PhysicalAddress.of(0x8040), 4096,
                            List.of(ApicId.of(0xFFFF_FFFFL), ApicId.of(0xFFFF_FFFEL)), ApArrivals.NONE)));
            report.outcomes().values().forEach(outcome -> assertInstanceOf(WakeupOutcome.Refused.class, outcome));
        }

        @Test
        void unknownOptionsAndMalformedTimeoutsAreRefused() {
            FirmwareInfo none = new FirmwareInfo(List.of(), Optional.empty());
            assertEquals("Platform tdx does not understand option(s) [wakeup]; it accepts [ack-timeout]",
                    assertThrows(PlatformException.class, () -> create(TDX, none, Map.of("wakeup", "per-cpu")))
                            .getMessage());
            assertTrue(assertThrows(PlatformException.class, () -> create(TDX, none, Map.of("ack-timeout", "soon")))
                    .getMessage().startsWith("Invalid delay 'soon'"));
        }

        @Test
        void aGuestWithoutX2ApicIsRefused() {
            MachineDescription xapic = MachineDescription.builder().cpus(2).apicMode(ApicMode.XAPIC).build();
            assertTrue(assertThrows(PlatformException.class,
                    () -> create(xapic, new FirmwareInfo(List.of(), Optional.empty()), Map.of())).getMessage()
                    .contains("x2APIC mode"));
        }
    }

    @Test
    void theModuleProvidesTheTdxProviderInModuleInfoAndServicesFile() throws IOException {
        List<String> provided = TdxPlatformProvider.class.getModule().getDescriptor().provides().stream()
                .filter(provides -> provides.service().equals(PlatformProvider.class.getName()))
                .flatMap(provides -> provides.providers().stream()).toList();
        assertEquals(List.of(TdxPlatformProvider.class.getName()), provided);
        try (InputStream in = TdxPlatformProvider.class.getModule()
                .getResourceAsStream("META-INF/services/" + PlatformProvider.class.getName())) {
            assertEquals(List.of(TdxPlatformProvider.class.getName()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty()).toList());
        }
    }
}
