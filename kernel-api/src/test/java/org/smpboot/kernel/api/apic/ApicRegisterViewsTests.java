package org.smpboot.kernel.api.apic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typed register views of the local APIC, against the SDM's register maps and figures.
 */
class ApicRegisterViewsTests {

    @Nested
    class ApicIds {

        @Test
        void anApicIdIsAnUnsigned32BitValue() {
            assertEquals(0xFFFF_FFFFL, ApicId.of(0xFFFF_FFFFL).unsignedValue());
            assertThrows(IllegalArgumentException.class, () -> ApicId.of(0x1_0000_0000L));
            assertThrows(IllegalArgumentException.class, () -> ApicId.of(-1));
        }

        @Test
        void onlyIdsUpTo0xFFFitAnXApicField() {
            assertTrue(ApicId.of(0xFF).fitsXApic());
            assertFalse(ApicId.of(0x100).fitsXApic());
            assertTrue(ApicId.of(0x100).fits(ApicMode.X2APIC));
        }

        @Test
        void idsOrderAsUnsignedValues() {
            assertTrue(ApicId.X2APIC_BROADCAST.compareTo(ApicId.of(1)) > 0);
        }

        @Test
        void eachModeHasItsBroadcastDestination() {
            assertEquals(ApicId.of(0xFF), ApicMode.XAPIC.broadcast());
            assertEquals(ApicId.of(0xFFFF_FFFFL), ApicMode.X2APIC.broadcast());
            assertEquals(0xFFL, ApicMode.XAPIC.maxDestination());
            assertEquals(0xFFFF_FFFFL, ApicMode.X2APIC.maxDestination());
        }

        @Test
        void idsPrintInHex() {
            assertEquals("0x1f", ApicId.of(31).toString());
        }
    }

    @Nested
    class VersionRegister {

        @Test
        void fieldsComeFromBits0To7And16To23And24() {
            ApicVersion version = ApicVersion.decode(0x0105_0014);
            assertEquals(new ApicVersion(0x14, 5, true), version);
            assertEquals(0x0105_0014, version.encode());
        }

        @Test
        void integratedApicsHaveVersion0x1X() {
            assertTrue(new ApicVersion(0x15, 6, false).isIntegrated());
            assertFalse(new ApicVersion(0x03, 2, false).isIntegrated());
        }

        @Test
        void fieldsAreEightBits() {
            assertThrows(IllegalArgumentException.class, () -> new ApicVersion(0x100, 0, false));
        }
    }

    @Nested
    class ErrorStatusRegister {

        @Test
        void bitsFollowTheSdmFigure() {
            assertEquals(1 << 2, ErrorStatus.SEND_ACCEPT_ERROR);
            assertEquals(1 << 5, ErrorStatus.SEND_ILLEGAL_VECTOR);
            assertEquals(1 << 7, ErrorStatus.ILLEGAL_REGISTER_ADDRESS);
        }

        @Test
        void decodingIgnoresReservedBits() {
            assertEquals(new ErrorStatus(0x24), ErrorStatus.decode(0xFFFF_FF24));
        }

        @Test
        void namesListTheSetBitsLowestFirst() {
            assertEquals(List.of("send-accept", "send-illegal-vector"), new ErrorStatus(0x24).names());
            assertEquals("ESR 0x24 [send-accept, send-illegal-vector]", new ErrorStatus(0x24).toString());
        }

        @Test
        void linuxMasksTheRedirectableIpiBit() {
            ErrorStatus status = new ErrorStatus(ErrorStatus.REDIRECTABLE_IPI);
            assertTrue(status.without(ErrorStatus.REDIRECTABLE_IPI).isClear());
        }

        @Test
        void onlyDefinedBitsMayBeSet() {
            assertThrows(IllegalArgumentException.class, () -> new ErrorStatus(0x100));
        }
    }

    @Nested
    class RegisterMap {

        @ParameterizedTest(name = "{0} at MMIO {1} is MSR {2}")
        @CsvSource({
            "ID, 0x020, 0x802", "VERSION, 0x030, 0x803", "EOI, 0x0B0, 0x80B", "SVR, 0x0F0, 0x80F",
            "ESR, 0x280, 0x828", "ICR_LOW, 0x300, 0x830", "LVT_TIMER, 0x320, 0x832",
            "TIMER_INITIAL_COUNT, 0x380, 0x838", "TIMER_DIVIDE, 0x3E0, 0x83E",
        })
        void x2apicMsrIs0x800PlusTheMmioOffsetDividedBy16(LocalApicRegister register, String offset, String msr) {
            assertEquals(Integer.decode(offset), register.mmioOffset());
            assertEquals(Optional.of(Integer.decode(msr)), register.msr());
            assertEquals(Optional.of(register), LocalApicRegister.atMsr(Integer.decode(msr)));
            assertEquals(Optional.of(register), LocalApicRegister.atMmioOffset(Integer.decode(offset)));
        }

        @Test
        void theIcrHighWordAndTheDfrDoNotExistInX2ApicMode() {
            assertEquals(Optional.empty(), LocalApicRegister.ICR_HIGH.msr());
            assertEquals(Optional.empty(), LocalApicRegister.DFR.msr());
            assertEquals(Optional.empty(), LocalApicRegister.atMsr(0x831));
        }

        @Test
        void selfIpiExistsOnlyInX2ApicMode() {
            assertEquals(Optional.of(0x83F), LocalApicRegister.SELF_IPI.msr());
            assertEquals(Optional.empty(), LocalApicRegister.atMmioOffset(0x3F0));
        }

        @Test
        void theIcrLayoutAgreesWithTheRegisterMap() {
            assertEquals(IcrLayout.XAPIC_ICR_LOW_OFFSET, LocalApicRegister.ICR_LOW.mmioOffset());
            assertEquals(IcrLayout.XAPIC_ICR_HIGH_OFFSET, LocalApicRegister.ICR_HIGH.mmioOffset());
            assertEquals(Optional.of(IcrLayout.X2APIC_ICR_MSR), LocalApicRegister.ICR_LOW.msr());
        }
    }

    @Nested
    class ApicBaseMsr {

        @Test
        void theDefaultBspValueIsFee00900() {
            ApicBase base = new ApicBase(0xFEE0_0900L);
            assertTrue(base.isBsp());
            assertTrue(base.isEnabled());
            assertEquals(ApicMode.XAPIC, base.mode());
            assertEquals(ApicBase.DEFAULT_BASE, base.base());
        }

        @Test
        void x2apicModeNeedsBothEnAndExtd() {
            assertEquals(ApicMode.X2APIC, new ApicBase(0xFEE0_0C00L).mode());
            assertFalse(new ApicBase(0xFEE0_0400L).isX2Apic());
            assertTrue(new ApicBase(0xFEE0_0000L).with(ApicBase.ENABLE | ApicBase.EXTD).isX2Apic());
        }
    }
}
