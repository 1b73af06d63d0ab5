package org.smpboot.cli.boot;

import java.io.PrintWriter;
import java.util.List;
import org.smpboot.cli.JsonOutput;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.machine.CpuState;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import tools.jackson.core.JsonGenerator;

/**
 * The boot's JSON report, one compact line, schema in {@code docs/boot.md}. It holds virtual time
 * only, never wall-clock time, so the same flags and seed give byte-identical output.
 *
 * <pre>
 * {"machine":"x86","platform":"x86","apicMode":"xapic","wakeup":"broadcast","expected":8,"online":8,
 *  "virtualTimeNs":80008523,
 *  "cpus":[{"index":0,"apicId":0,"role":"bsp","state":"online","onlineAtNs":0,"machineState":"halted"}, …],
 *  "violations":[{"source":"machine","kind":"ipi-dropped","atNs":1961,"cpu":0,"message":"…"}, …]}
 * </pre>
 *
 * Keys appear in this order and only when they apply: {@code reason} for a CPU that is not online,
 * {@code onlineAtNs} for one that is, {@code machineState} for a CPU the machine has,
 * {@code faultReason} for one that faulted; {@code atNs} and {@code cpu} for a machine violation.
 */
final class BootJson {

    private BootJson() {
    }

    /** Writes the report of {@code boot} on a {@code machineKind} machine. */
    static void write(PrintWriter out, BootRun boot, String machineKind, MachineFates fates,
            List<Violation> violations) {
        BootReport report = boot.report();
        TscFrequency tsc = report.tsc();
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeStringProperty("machine", machineKind);
            json.writeStringProperty("platform", report.platform());
            json.writeStringProperty("apicMode", report.apicMode().mnemonic());
            json.writeStringProperty("wakeup", report.wakeup());
            json.writeNumberProperty("expected", report.expected());
            json.writeNumberProperty("online", report.online());
            json.writeNumberProperty("virtualTimeNs", tsc.nanosIn(report.endTsc()));
            json.writeArrayPropertyStart("cpus");
            for (CpuReport cpu : report.cpus()) {
                writeCpu(json, cpu, tsc, fates);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("violations");
            for (Violation violation : violations) {
                writeViolation(json, violation, boot);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeCpu(JsonGenerator json, CpuReport cpu, TscFrequency tsc, MachineFates fates) {
        json.writeStartObject();
        json.writeNumberProperty("index", cpu.index());
        json.writeNumberProperty("apicId", cpu.apicId().unsignedValue());
        json.writeStringProperty("role", cpu.bsp() ? "bsp" : "ap");
        json.writeStringProperty("state", cpu.status().mnemonic());
        cpu.reason().ifPresent(reason -> json.writeStringProperty("reason", reason));
        cpu.onlineAtTsc().ifPresent(at -> json.writeNumberProperty("onlineAtNs", tsc.nanosIn(at)));
        fates.cpu(cpu.apicId()).ifPresent(machine -> {
            json.writeStringProperty("machineState", MachineFates.mnemonic(machine.state()));
            if (machine.state() == CpuState.FAULTED) {
                machine.faultReason().ifPresent(reason -> json.writeStringProperty("faultReason", reason));
            }
        });
        json.writeEndObject();
    }

    private static void writeViolation(JsonGenerator json, Violation violation, BootRun boot) {
        json.writeStartObject();
        json.writeStringProperty("source", violation.source().mnemonic());
        json.writeStringProperty("kind", violation.kind());
        violation.cycle().ifPresent(cycle -> json.writeNumberProperty("atNs", boot.run().trace().nanos(cycle)));
        violation.cpu().ifPresent(cpu -> json.writeNumberProperty("cpu", cpu.value()));
        json.writeStringProperty("message", violation.message());
        json.writeEndObject();
    }
}
