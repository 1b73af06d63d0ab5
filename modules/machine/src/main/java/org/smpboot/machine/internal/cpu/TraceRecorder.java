package org.smpboot.machine.internal.cpu;

import java.util.ArrayList;
import java.util.List;
import org.smpboot.machine.trace.TraceEvent;

/**
 * Collects trace events in simulation order during a run. Events arrive from the baton holder
 * only, so a plain list is enough and the order is the scheduler's.
 */
public final class TraceRecorder {

    private final List<TraceEvent> events = new ArrayList<>();

    /** Appends one event. */
    public void record(TraceEvent event) {
        events.add(event);
    }

    /** {@return the events so far} */
    public List<TraceEvent> events() {
        return events;
    }
}
