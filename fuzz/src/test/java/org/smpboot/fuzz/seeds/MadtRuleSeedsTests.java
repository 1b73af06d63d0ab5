package org.smpboot.fuzz.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpboot.acpi.lint.MadtLinter;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Strictness;

/** Each MADT rule seed breaks the rules it is named for, read as the MADT target reads it as written. */
class MadtRuleSeedsTests {

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("builder-rule-entry-header-truncated", List.of("entry-header-truncated")),
                Arguments.of("builder-rule-zero-length-entry", List.of("zero-length-entry")),
                Arguments.of("builder-rule-entry-shorter-than-header", List.of("entry-shorter-than-header")),
                Arguments.of("builder-rule-entry-overruns-table", List.of("entry-overruns-table")),
                Arguments.of("builder-rule-entry-shorter-than-structure", List.of("entry-shorter-than-structure")),
                Arguments.of("builder-rule-madt-shorter-than-fixed-fields", List.of("madt-shorter-than-fixed-fields")),
                Arguments.of("builder-rule-length-beyond-buffer", List.of("length-beyond-buffer")),
                Arguments.of("builder-lint-io-apics-overlap-and-reserved", List.of("overlapping-io-apics", "reserved-field-not-zero")),
                Arguments.of("builder-lint-interrupt-source-overrides", List.of("invalid-interrupt-source-override", "reserved-flag-bits")),
                Arguments.of("builder-lint-nmis", List.of("invalid-local-apic-nmi-lint", "reserved-field-not-zero", "reserved-flag-bits")),
                Arguments.of("builder-lint-wakeup-mailboxes", List.of("invalid-wakeup-mailbox", "repeated-singleton")),
                Arguments.of("builder-lint-repeated-address-override", List.of("repeated-singleton")),
                Arguments.of("builder-lint-local-apic-address-misaligned", List.of("local-apic-address-misaligned")),
                Arguments.of("builder-lint-local-sapic-uid-strings", List.of("unterminated-uid-string")),
                Arguments.of("builder-lint-x2apic-reserved-and-low-ids", List.of("reserved-field-not-zero", "x2apic-only-table")),
                Arguments.of("builder-lint-no-processors-pcat-compat", List.of("no-processors", "pcat-compat-without-io-apic")),
                Arguments.of("builder-lint-unknown-revision-reserved-flags", List.of("unknown-revision", "reserved-flag-bits")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void eachRuleSeedBreaksTheRulesItIsNamedFor(String name, List<String> rules) {
        byte[] table = MadtRuleSeeds.all().get(name);
        Madt madt = Madt.parse(MemorySegment.ofArray(table), Strictness.LENIENT);
        List<String> found = new ArrayList<>(madt.problems().stream().map(p -> p.rule().id()).toList());
        MadtLinter.lint(madt).stream().map(Problem::rule).forEach(rule -> found.add(rule.id()));
        assertTrue(found.containsAll(rules), () -> name + " broke " + found);
    }

    @org.junit.jupiter.api.Test
    void everyRuleSeedIsChecked() {
        assertTrue(seeds().map(seed -> (String) seed.get()[0]).toList().containsAll(MadtRuleSeeds.all().keySet()));
    }
}
