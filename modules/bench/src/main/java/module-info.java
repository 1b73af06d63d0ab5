/**
 * smpboot's JMH benchmarks. JMH runs them from the shaded {@code benchmarks.jar} on the class path;
 * this descriptor documents and checks, at compile time, which modules they measure.
 */
module org.smpboot.bench {
    requires org.smpboot.kernel.api;
    requires org.smpboot.acpi;
    requires org.smpboot.machine;
    requires org.smpboot.smp;
    requires jmh.core;
    requires java.management;
    requires com.google.guice;

    // JMH instantiates the generated benchmark classes reflectively.
    opens org.smpboot.bench.icr;
    opens org.smpboot.bench.icr.jmh_generated;
    opens org.smpboot.bench.madt;
    opens org.smpboot.bench.madt.jmh_generated;
    opens org.smpboot.bench.machine;
    opens org.smpboot.bench.machine.jmh_generated;
}
