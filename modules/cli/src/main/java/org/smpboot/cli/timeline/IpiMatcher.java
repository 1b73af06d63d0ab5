package org.smpboot.cli.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.machine.trace.TraceEvent;

/**
 * Finds the ICR write an IPI arrival came from, since the machine's trace records sends and
 * arrivals as separate events: the latest IPI the sender sent, at or before the arrival, with the
 * arrival's delivery mode and a destination that covers the receiver. The machine delivers one
 * sender's messages to one receiver in order, so the latest such send is the one.
 *
 * @spec Intel SDM Vol. 3A §10.6.1 "Interrupt Command Register (ICR)" (destination shorthands,
 *     physical destination, broadcast IDs 0xFF and 0xFFFFFFFF)
 */
final class IpiMatcher {

    /** How far back to look past sends to other receivers before giving up on a match. */
    static final int MAX_LOOKBACK = 1 << 16;

    private final Map<Integer, List<TraceEvent.IpiSent>> bySender = new HashMap<>();
    private final List<ApicId> apicIds;

    /**
     * Indexes {@code sends}.
     *
     * @param sends   every IPI sent, in trace order
     * @param apicIds the machine's APIC IDs, by CPU index
     */
    IpiMatcher(List<TraceEvent.IpiSent> sends, List<ApicId> apicIds) {
        this.apicIds = List.copyOf(apicIds);
        for (TraceEvent.IpiSent send : sends) {
            bySender.computeIfAbsent(send.cpu().value(), cpu -> new ArrayList<>()).add(send);
        }
    }

    /** {@return the send an arrival on {@code receiver} of {@code mode} from {@code sender} at {@code cycle} came from} */
    Optional<TraceEvent.IpiSent> sendOf(int sender, int receiver, DeliveryMode mode, long cycle) {
        List<TraceEvent.IpiSent> sends = bySender.getOrDefault(sender, List.of());
        int last = latestAtOrBefore(sends, cycle);
        for (int i = last, seen = 0; i >= 0 && seen < MAX_LOOKBACK; i--, seen++) {
            TraceEvent.IpiSent send = sends.get(i);
            if (send.icr().deliveryMode() == mode && covers(send, receiver)) {
                return Optional.of(send);
            }
        }
        return Optional.empty();
    }

    /** {@return whether {@code send}'s destination includes {@code receiver}} */
    boolean covers(TraceEvent.IpiSent send, int receiver) {
        Icr icr = send.icr();
        boolean self = send.cpu().value() == receiver;
        return switch (icr.shorthand()) {
            case SELF -> self;
            case ALL_INCLUDING_SELF -> true;
            case ALL_EXCLUDING_SELF -> !self;
            case NO_SHORTHAND -> icr.destinationMode() == DestinationMode.LOGICAL
                    || icr.unsignedDestination() == broadcast(send.mode()).unsignedValue()
                    || icr.unsignedDestination() == apicIds.get(receiver).unsignedValue();
        };
    }

    private static ApicId broadcast(ApicMode mode) {
        return switch (mode) {
            case XAPIC -> ApicId.XAPIC_BROADCAST;
            case X2APIC -> ApicId.X2APIC_BROADCAST;
        };
    }

    /** {@return the index of the last send at or before {@code cycle}, or -1} */
    private static int latestAtOrBefore(List<TraceEvent.IpiSent> sends, long cycle) {
        int low = 0;
        int high = sends.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sends.get(middle).cycle() <= cycle) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
