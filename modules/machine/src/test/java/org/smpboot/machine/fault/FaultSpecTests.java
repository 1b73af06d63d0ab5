package org.smpboot.machine.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.machine.CpuIndex;

class FaultSpecTests {

    @Nested
    class AcceptedForms {

        @Test
        void cpuDead() {
            assertEquals(new Fault.Dead(CpuIndex.of(3)), FaultSpec.parse("cpu=3:dead"));
        }

        @Test
        void cpuIgnoreFirstSipi() {
            assertEquals(new Fault.IgnoresFirstSipi(CpuIndex.of(1)), FaultSpec.parse("cpu=1:ignore-first-sipi"));
        }

        @Test
        void cpuBadBootCode() {
            assertEquals(new Fault.BadBootCode(CpuIndex.of(2)), FaultSpec.parse("cpu=2:bad-boot-code"));
        }

        @Test
        void cpuLateInEveryUnit() {
            assertEquals(new Fault.StartsLate(CpuIndex.of(1), Delay.millis(2)), FaultSpec.parse("cpu=1:late=2ms"));
            assertEquals(Delay.micros(150), ((Fault.StartsLate) FaultSpec.parse("cpu=1:late=150us")).delay());
            assertEquals(new Delay.Time(40), ((Fault.StartsLate) FaultSpec.parse("cpu=1:late=40ns")).delay());
            assertEquals(Delay.millis(1000), ((Fault.StartsLate) FaultSpec.parse("cpu=1:late=1s")).delay());
            assertEquals(new Delay.Cycles(5000), ((Fault.StartsLate) FaultSpec.parse("cpu=1:late=5000cycles")).delay());
        }

        @Test
        void mailboxNeverAck() {
            assertEquals(new Fault.MailboxNeverAcks(CpuIndex.of(4)), FaultSpec.parse("mailbox:never-ack=4"));
        }

        @Test
        void mailboxLateAck() {
            assertEquals(new Fault.MailboxAcksLate(CpuIndex.of(1), Delay.millis(5)),
                    FaultSpec.parse("mailbox:late-ack=1:5ms"));
        }

        @Test
        void madtPhantomAndOmit() {
            assertEquals(new Fault.MadtPhantomCpus(2), FaultSpec.parse("madt:phantom=2"));
            assertEquals(new Fault.MadtOmitsCpu(CpuIndex.of(3)), FaultSpec.parse("madt:omit=3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cpu=3:dead", "cpu=1:ignore-first-sipi", "cpu=2:bad-boot-code", "cpu=1:late=2us",
            "cpu=1:late=77cycles", "mailbox:never-ack=4", "mailbox:late-ack=1:5ms", "madt:phantom=2", "madt:omit=3"})
        void everyFaultPrintsBackToItsSpecification(String spec) {
            assertEquals(spec, FaultSpec.parse(spec).spec());
        }

        @Test
        void aCommaSeparatedListParsesInOrder() {
            assertEquals(List.of(new Fault.Dead(CpuIndex.of(1)), new Fault.MadtPhantomCpus(1)),
                    FaultSpec.parseAll("cpu=1:dead, madt:phantom=1"));
            assertEquals(List.of(), FaultSpec.parseAll("  "));
        }
    }

    @Nested
    class RefusedInput {

        @ParameterizedTest
        @ValueSource(strings = {"", "cpu", "cpu=1", "cpu=x:dead", "cpu=-1:dead", "cpu=1:sleepy", "cpu=1:late=",
            "cpu=1:late=ms", "cpu=1:late=5h", "cpu=99999999999:dead", "cpu=1:late=99999999999999999999ms",
            "cpu=1:late=9999999999999s", "mailbox:never-ack=", "mailbox:late-ack=1", "mailbox:late-ack=1:x",
            "mailbox:sleep=1", "madt:phantom=0", "madt:phantom=x", "madt:omit=", "madt:lie=1", "apic:off"})
        void malformedSpecificationsAreRejectedWithTheAcceptedForms(String spec) {
            FaultSpecException refused = assertThrows(FaultSpecException.class, () -> FaultSpec.parse(spec));
            assertTrue(refused.getMessage().contains(FaultSpec.ACCEPTED_FORMS), refused.getMessage());
            assertTrue(refused.getMessage().contains('"' + spec + '"'), refused.getMessage());
            assertEquals(spec, refused.input());
        }

        @Test
        void theMessageSaysWhatIsWrong() {
            assertTrue(FaultSpec.parse("cpu=1:late=2ms") instanceof Fault.StartsLate);
            FaultSpecException refused = assertThrows(FaultSpecException.class, () -> FaultSpec.parse("cpu=1:late=5h"));
            assertTrue(refused.getMessage().contains("duration \"5h\""), refused.getMessage());
        }
    }
}
